package org.astanakg.cli;

import java.io.PrintWriter;

/** A one-line progress bar on the error stream, shown for runs of more than {@link #MIN_ITEMS} items. */
final class Progress {
    static final int MIN_ITEMS = 20;
    private static final int WIDTH = 30;

    private final int total;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private int done;
    private int shownPercent = -1;

    Progress(int total, PrintWriter err) {
        this.total = total;
        this.err = err;
    }

    void step() {
        done++;
        int percent = (int) (100L * done / total);
        if (total > MIN_ITEMS && percent != shownPercent) {
            shownPercent = percent;
            int filled = WIDTH * done / total;
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("\r[%s%s] %d/%d %3d%% %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                    percent, seconds > 0 ? done / seconds : 0.0);
            err.flush();
        }
    }

    void clear() {
        if (total > MIN_ITEMS && shownPercent >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
    }

    void done() {
        if (total > MIN_ITEMS) {
            err.println();
            err.flush();
        }
    }
}
