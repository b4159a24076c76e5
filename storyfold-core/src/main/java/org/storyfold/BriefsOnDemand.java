package org.storyfold;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.storyfold.cluster.Story;
import org.storyfold.synth.Brief;

/**
 * A digest's briefs, by story id, made when asked for rather than all held at once: a million
 * articles' briefs take more memory than the articles. Reading the stories' briefs in story order
 * (as every report does) makes them a window at a time, in parallel. Unmodifiable; thread-safe.
 * Each brief is made again if asked for again after its window has passed.
 */
final class BriefsOnDemand extends AbstractMap<String, Brief> {

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
    BriefsOnDemand(List<Story> stories, Function<Story, Brief> briefer, Progress progress) {
        this.stories = List.copyOf(stories);
        this.briefer = briefer;
        this.progress = progress;
        for (int i = 0; i < this.stories.size(); i++) {
            position.put(this.stories.get(i).id(), i);
        }
    }

    @Override
    public int size() {
        return stories.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return position.containsKey(key);
    }

    @Override
    public Brief get(Object key) {
        Integer p = position.get(key);
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

    @Override
    public Set<Entry<String, Brief>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Brief>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < stories.size();
                    }

                    @Override
                    public Entry<String, Brief> next() {
                        if (!hasNext()) {
                            throw new java.util.NoSuchElementException();
                        }
                        int p = next++;
                        return new SimpleImmutableEntry<>(stories.get(p).id(), at(p));
                    }
                };
            }

            @Override
            public int size() {
                return stories.size();
            }
        };
    }
}
