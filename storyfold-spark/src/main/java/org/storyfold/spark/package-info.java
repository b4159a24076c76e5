/**
 * Runs storyfold's batch pipeline on Apache Spark: the same core stages, applied per partition,
 * with articles carried between stages as Spark rows, so that results can be written as JSON
 * Lines and Parquet and loaded by {@code storyfold ingest}.
 */
package org.storyfold.spark;
