package org.storyfold.cluster;

/**
 * How the likeness of two groups falls with the days between them, beyond the first
 * ({@link ArticlePlacer#timeFactor}): on both clocks, publication dates (over
 * {@link ClusterConfig#timeScaleDays}) and the weekdays leads name (over {@link LeadDay#SCALE_DAYS}).
 */
public enum TimeDecay {
    /**
     * {@code exp(-(gap - 1) / scale)}: two days apart keep 72% over 3 days, three weekdays 26% over
     * 1.5. The shape of streams saved before it could be chosen (file versions 1 to 7).
     */
    EXPONENTIAL,
    /**
     * {@code exp(-((gap - 1) / scale)^2)}: reports a day or two apart are barely parted (two days keep
     * 85% over 2.5 days), days further apart fast (three weekdays keep 17% over 1.5), so one event's
     * reports of the following days join it while another happening of the same people days later
     * stays apart, at a lower threshold.
     */
    GAUSSIAN;

    /**
     * The date scale, in days, of a restating follow-up's widened decay under the Gaussian
     * ({@link #followUp}): an exponential's tail is what reaches a follow-up weeks later.
     */
    static final double FOLLOW_UP_SCALE_DAYS = 3;

    /** The factor of two groups {@code gapDays} apart on a clock whose scale is {@code scaleDays}: 1 within a day. */
    double factor(long gapDays, double scaleDays) {
        if (gapDays <= 1) {
            return 1;
        }
        double x = (gapDays - 1) / scaleDays;
        return this == GAUSSIAN ? Math.exp(-x * x) : Math.exp(-x);
    }

    /**
     * The date factor a restating follow-up's widened scale starts from ({@link ArticlePlacer#timed}):
     * always an exponential, over the date scale for {@link #EXPONENTIAL} (as before) and over
     * {@link #FOLLOW_UP_SCALE_DAYS} for {@link #GAUSSIAN}.
     */
    double followUp(long gapDays, double dateScaleDays) {
        return EXPONENTIAL.factor(gapDays, this == GAUSSIAN ? FOLLOW_UP_SCALE_DAYS : dateScaleDays);
    }
}
