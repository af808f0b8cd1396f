package io.github.chartdigitizer.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into text lines and lines into words or labels. */
public final class TextLayout {
    private TextLayout() {
    }

    /**
     * Horizontal text lines: glyphs whose vertical extents overlap (transitively), so a raised
     * exponent joins the digits it belongs to. Sorted top to bottom.
     */
    public static List<TextGroup> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(g -> g.box().top()));
        List<List<Glyph>> groups = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Glyph g : sorted) {
            int found = -1;
            for (int i = 0; i < groups.size(); i++) {
                int[] s = spans.get(i);
                int overlap = Math.min(s[1], g.box().bottom()) - Math.max(s[0], g.box().top());
                if (overlap > 0) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(g)));
                spans.add(new int[] {g.box().top(), g.box().bottom()});
            } else {
                groups.get(found).add(g);
                int[] s = spans.get(found);
                s[0] = Math.min(s[0], g.box().top());
                s[1] = Math.max(s[1], g.box().bottom());
            }
        }
        return mergeOverlapping(groups.stream().map(TextGroup::of).toList(), true);
    }

    /** Vertical text columns: glyphs whose horizontal extents overlap (rotated text). */
    public static List<TextGroup> columns(List<Glyph> glyphs) {
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph g : glyphs) {
            groups.add(new ArrayList<>(List.of(g)));
        }
        return mergeOverlapping(groups.stream().map(TextGroup::of).toList(), false);
    }

    private static List<TextGroup> mergeOverlapping(List<TextGroup> in, boolean vertical) {
        List<TextGroup> cur = new ArrayList<>(in);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < cur.size(); i++) {
                for (int j = i + 1; j < cur.size(); j++) {
                    int ov = vertical ? cur.get(i).box().verticalOverlap(cur.get(j).box())
                            : cur.get(i).box().horizontalOverlap(cur.get(j).box());
                    if (ov > 0) {
                        List<Glyph> all = new ArrayList<>(cur.get(i).glyphs());
                        all.addAll(cur.get(j).glyphs());
                        cur.set(i, TextGroup.of(all));
                        cur.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        cur.sort(vertical ? Comparator.comparingInt(g -> g.box().top()) : Comparator.comparingInt(g -> g.box().left()));
        return cur;
    }

    /**
     * Splits a line into pieces wherever the horizontal gap between glyphs exceeds
     * {@code maxGap} pixels.
     */
    public static List<TextGroup> splitByGaps(TextGroup line, double maxGap) {
        List<TextGroup> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        int right = Integer.MIN_VALUE;
        for (Glyph g : line.glyphs()) {
            if (!cur.isEmpty() && g.box().left() - right > maxGap) {
                out.add(TextGroup.of(cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            right = Math.max(right, g.box().right());
        }
        if (!cur.isEmpty()) {
            out.add(TextGroup.of(cur));
        }
        return out;
    }
}
