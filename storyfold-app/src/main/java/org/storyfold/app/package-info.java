/**
 * The storyfold command line: a thin shell over {@link org.storyfold.Storyfold} that parses
 * arguments, reports unusable inputs as one line each, shows progress, and writes the results in
 * text, JSON or HTML.
 */
package org.storyfold.app;
