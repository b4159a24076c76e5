package org.storyfold.app;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version, if packaged. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"storyfold " + (v == null ? "development build" : v)};
    }
}
