package org.storyfold.app.page;

/**
 * Where a page's links lead: the server's addresses, or places in one self-contained file.
 *
 * @param server whether pages are served (links to {@code /stories/..} and {@code /articles/..}, and
 *               a copy's changes fetched when shown), rather than one file (links within it)
 */
public record PageLinks(boolean server) {

    /** The links of the server's pages. */
    public static final PageLinks SERVER = new PageLinks(true);
    /** The links of one self-contained file. */
    public static final PageLinks FILE = new PageLinks(false);

    public String story(String id) {
        return server ? "/stories/" + PageText.path(id) : "#story-" + PageText.anchor(id);
    }

    public String article(String id) {
        return server ? "/articles/" + PageText.path(id) : "#article-" + PageText.anchor(id);
    }

    /** The address of the changes a copy made, as a fragment of HTML; null in a file (they are written in place). */
    public String changes(String original, String copy) {
        return server ? "/fragments/changes/" + PageText.path(original) + "/" + PageText.path(copy) : null;
    }
}
