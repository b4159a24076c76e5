package org.storyfold.dedup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only store of profiles, in chunks of 64 MiB that are either on the heap (a small index)
 * or memory-mapped from a file (a large one: the operating system's page cache holds them, the
 * Java heap does not). A profile never spans two chunks; its address is its chunk and offset.
 * Not thread-safe for writing; reads may run alongside each other.
 */
public final class ProfileStore implements AutoCloseable {

    static final int CHUNK_BITS = 26;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FIRST_HEAP_CHUNK = 1 << 16;

    private final List<ByteBuffer> chunks = new ArrayList<>();
    private final FileChannel file;
    private final Path path;
    private long size;

    private ProfileStore(FileChannel file, Path path) {
        this.file = file;
        this.path = path;
    }

    /** An empty store on the heap. */
    public static ProfileStore onHeap() {
        return new ProfileStore(null, null);
    }

    /**
     * A store mapped from {@code path}: its first {@code size} bytes are kept (0 for a new store),
     * and appends go after them.
     */
    public static ProfileStore mapped(Path path, long size) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        ProfileStore store = new ProfileStore(channel, path);
        long chunksNeeded = (size + CHUNK - 1) >>> CHUNK_BITS;
        for (long c = 0; c < chunksNeeded; c++) {
            store.chunks.add(store.map(c));
        }
        store.size = size;
        return store;
    }

    /** The file this store is mapped from, or null when it is on the heap. */
    public Path path() {
        return path;
    }

    /** The bytes in use, chunk padding included. */
    public long size() {
        return size;
    }

    /** Appends {@code profile} and returns its address. */
    public long append(Profile profile) {
        int bytes = profile.byteSize();
        if (bytes > CHUNK) {
            throw new IllegalArgumentException("a profile of " + bytes + " bytes does not fit a chunk");
        }
        int chunk = (int) (size >>> CHUNK_BITS);
        int offset = (int) (size & (CHUNK - 1));
        if (offset + bytes > CHUNK) {
            chunk++;
            offset = 0;
        }
        ByteBuffer buffer = room(chunk, offset + bytes);
        buffer.position(offset);
        profile.writeTo(buffer);
        size = ((long) chunk << CHUNK_BITS) + offset + bytes;
        return ((long) chunk << CHUNK_BITS) | offset;
    }

    /** The profile at {@code address}. */
    public Profile read(long address) {
        return Profile.readFrom(chunks.get((int) (address >>> CHUNK_BITS)), (int) (address & (CHUNK - 1)));
    }

    /** Writes the store's bytes to {@code target} (or flushes them there, when mapped from it). */
    public void save(Path target) throws IOException {
        if (file != null && target.toAbsolutePath().equals(path.toAbsolutePath())) {
            for (ByteBuffer b : chunks) {
                ((MappedByteBuffer) b).force();
            }
            return;
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int c = 0; c < chunks.size(); c++) {
                long end = Math.min(CHUNK, size - ((long) c << CHUNK_BITS));
                ByteBuffer view = chunks.get(c).duplicate();
                view.position(0).limit((int) end);
                long at = (long) c << CHUNK_BITS;
                while (view.hasRemaining()) {
                    at += out.write(view, at);
                }
            }
        }
    }

    private ByteBuffer room(int chunk, int needed) {
        while (chunks.size() <= chunk) {
            chunks.add(file != null ? map(chunks.size()) : ByteBuffer.allocate(chunks.isEmpty() ? FIRST_HEAP_CHUNK : CHUNK));
        }
        ByteBuffer b = chunks.get(chunk);
        if (b.capacity() < needed) {
            int capacity = b.capacity();
            while (capacity < needed) {
                capacity = Math.min(CHUNK, capacity * 2);
            }
            ByteBuffer bigger = ByteBuffer.allocate(capacity);
            ByteBuffer old = b.duplicate();
            old.clear();
            bigger.put(old);
            chunks.set(chunk, bigger);
            b = bigger;
        }
        return b;
    }

    private ByteBuffer map(long chunk) {
        try {
            return file.map(FileChannel.MapMode.READ_WRITE, chunk << CHUNK_BITS, CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + path, e);
        }
    }

    /** Bytes of heap this store holds (0 when mapped). */
    public long heapBytes() {
        return file != null ? 0 : chunks.stream().mapToLong(ByteBuffer::capacity).sum();
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
