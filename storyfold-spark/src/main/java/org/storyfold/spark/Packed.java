package org.storyfold.spark;

import java.io.Serializable;
import java.nio.ByteBuffer;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * A large value (an article) carried through a shuffle that groups values, as the bytes the job's
 * serializer makes of it. Spark's grouping maps and sorters estimate their size as records arrive
 * by walking a sample of the records' objects: an article is some forty objects (its strings and
 * sentences), so the walks cost the groups' steps a sizeable share of their CPU; bytes are one
 * object, and the article is read back once, where it is used.
 */
final class Packed<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ClassTag<Object> ANY = ClassTag$.MODULE$.AnyRef();
    /** Each thread's serializer instance (not thread-safe), of the running Spark's serializer. */
    private static final ThreadLocal<Object[]> SERIALIZER = new ThreadLocal<>();

    private final byte[] bytes;

    private Packed(byte[] bytes) {
        this.bytes = bytes;
    }

    static <T> Packed<T> of(T value) {
        ByteBuffer b = serializer().serialize(value, ANY);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return new Packed<>(out);
    }

    @SuppressWarnings("unchecked")
    T value() {
        return (T) serializer().deserialize(ByteBuffer.wrap(bytes), ANY);
    }

    /** The packed bytes, for the job's Kryo registration. */
    byte[] bytes() {
        return bytes;
    }

    static <T> Packed<T> ofBytes(byte[] bytes) {
        return new Packed<>(bytes);
    }

    /** This thread's instance of the running Spark's serializer (a new one when Spark was started again). */
    private static SerializerInstance serializer() {
        SparkEnv env = SparkEnv.get();
        Object[] held = SERIALIZER.get();
        if (held == null || held[0] != env) {
            held = new Object[] {env, env.serializer().newInstance()};
            SERIALIZER.set(held);
        }
        return (SerializerInstance) held[1];
    }
}
