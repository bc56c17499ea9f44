package cn.gov.dehong.cloud.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The embedded CJK font of every PDF the platform writes: WenQuanYi Micro Hei ({@code fonts/wqy-microhei.ttc},
 * Apache-2.0, licence beside it) read from the classpath, so no machine needs fonts installed. Loaded once; face 0 of
 * the TrueType collection, Unicode (Identity-H) encoding, only the glyphs used embedded (subset).
 */
public final class CjkFont {

    private static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    private static volatile BaseFont baseFont;

    private CjkFont() {
    }

    public static BaseFont baseFont() {
        BaseFont font = baseFont;
        if (font == null) {
            synchronized (CjkFont.class) {
                if (baseFont == null) {
                    try (InputStream in = CjkFont.class.getResourceAsStream(FONT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing font resource " + FONT_RESOURCE);
                        }
                        baseFont = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                                true, in.readAllBytes(), null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                font = baseFont;
            }
        }
        return font;
    }
}
