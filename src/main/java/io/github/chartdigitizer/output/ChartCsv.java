package io.github.chartdigitizer.output;

import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;

/** Long-format CSV: one row per point, {@code series,color,x,y}. */
public final class ChartCsv {
    private ChartCsv() {
    }

    public static String write(DigitizedChart c, Sampling sampling) {
        StringBuilder sb = new StringBuilder("series,color,x,y\n");
        for (Series s0 : c.series()) {
            Series s = Sampling.apply(sampling, s0, c.x(), c.y());
            String name = quote(s.name());
            for (DataPoint p : s.points()) {
                sb.append(name).append(',').append(s.color()).append(',')
                        .append(ChartJson.round(p.x())).append(',').append(ChartJson.round(p.y())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
