package org.storyfold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.storyfold.cluster.Story;
import org.storyfold.synth.Brief;

/**
 * A digest's briefs, computed when asked for ({@link #compute}) rather than all held at once: a
 * million articles' briefs take more memory than the articles. Computing the stories' briefs in
 * story order (as every report does) makes them a window at a time, in parallel: asking for one
 * brief computes it and the next {@link #WINDOW} - 1 stories' briefs, which the following calls
 * return. A brief asked for again after its window has passed is computed again. Thread-safe.
 */
public final class StoryBriefs {

    /** Briefs made at once, in parallel, ahead of the one asked for. */
    static final int WINDOW = 64;

    private final List<Story> stories;
    private final Map<String, Integer> position = new HashMap<>();
    private final Function<Story, Brief> briefer;
    private final Progress progress;
    /** Briefs made in story order so far, for the progress bar; -1 before the first. */
    private int madeInOrder = -1;
    /** The window last made: its first position, and its briefs. */
    private int windowStart = -1;
    private List<Brief> window = List.of();

    /** {@code progress} hears of the briefs made while they are read in story order from the first. */
    StoryBriefs(List<Story> stories, Function<Story, Brief> briefer, Progress progress) {
        this.stories = List.copyOf(stories);
        this.briefer = briefer;
        this.progress = progress;
        for (int i = 0; i < this.stories.size(); i++) {
            position.put(this.stories.get(i).id(), i);
        }
    }

    /** The number of stories, each of which has a brief. */
    public int size() {
        return stories.size();
    }

    /**
     * Computes the brief of the story with this id (with the briefs of the stories after it in
     * story order, unless they were computed last), or returns it from the window last computed;
     * null when no story has this id.
     */
    public Brief compute(String storyId) {
        Integer p = position.get(storyId);
        return p == null ? null : at(p);
    }

    private synchronized Brief at(int p) {
        if (p < windowStart || p >= windowStart + window.size()) {
            int end = Math.min(stories.size(), p + WINDOW);
            window = IntStream.range(p, end).parallel().mapToObj(i -> briefer.apply(stories.get(i))).toList();
            windowStart = p;
            report(p, end);
        }
        return window.get(p - windowStart);
    }

    private void report(int start, int end) {
        if (start == 0 && madeInOrder < 0) {
            progress.start("brief", stories.size());
            madeInOrder = 0;
        }
        if (start == madeInOrder) {
            progress.advance(end - start);
            madeInOrder = end;
            if (end == stories.size()) {
                progress.finish();
            }
        }
    }
}
