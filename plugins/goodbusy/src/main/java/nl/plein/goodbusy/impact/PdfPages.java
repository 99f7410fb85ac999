package nl.plein.goodbusy.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document written top to bottom: a title, headings, paragraphs and two-column rows (a label and a
 * right-aligned figure), with a new page when one is full. It uses the PDF standard fonts (Helvetica), which every
 * reader has, so no font file is shipped; they encode WinAnsi only, so text is first reduced to what that encoding
 * holds (accents and Dutch quotes stay; anything else, such as emoji in a name someone typed, becomes "?").
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float LINE = 1.45f;
    private static final float VALUE_COLUMN = 120;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    PdfPages(String title, String language) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Plein — Good Busy");
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    PdfPages title(String text) {
        return lines(text, bold, 20, width, 6);
    }

    PdfPages subtitle(String text) {
        return lines(text, regular, 12, width, 2);
    }

    PdfPages heading(String text) {
        space(14);
        return lines(text, bold, 14, width, 4);
    }

    PdfPages paragraph(String text) {
        return lines(text, regular, 10, width, 4);
    }

    /** A label with its figure right-aligned in the last column; {@code strong} sets both in bold (a header). */
    PdfPages row(String label, String value, boolean strong) {
        PDFont font = strong ? bold : regular;
        float size = 11;
        List<String> wrapped = wrap(winAnsi(font, label), font, size, width - VALUE_COLUMN - 12);
        ensure(wrapped.size() * size * LINE + 4);
        float top = y;
        for (String line : wrapped) show(line, font, size, MARGIN, y -= size * LINE);
        String figure = winAnsi(font, value);
        show(figure, font, size, MARGIN + width - textWidth(figure, font, size), top - size * LINE);
        y -= 4;
        rule(y + 1);
        return this;
    }

    byte[] bytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPages lines(String text, PDFont font, float size, float maxWidth, float after) {
        for (String line : wrap(winAnsi(font, text), font, size, maxWidth)) {
            ensure(size * LINE);
            show(line, font, size, MARGIN, y -= size * LINE);
        }
        y -= after;
        return this;
    }

    private void space(float points) {
        if (y - points > MARGIN) y -= points;
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) newPage();
    }

    private void newPage() {
        try {
            if (content != null) content.close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float at) {
        try {
            content.setStrokingColor(0.75f, 0.75f, 0.75f);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, at);
            content.lineTo(MARGIN + width, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words onto lines no wider than {@code max}; a single word longer than a line is cut. */
    private static List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (textWidth(rest, font, size) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > max) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static float textWidth(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }

    /** Text reduced to what the font's WinAnsi encoding can show; spacing of any kind becomes a plain space. */
    static String winAnsi(PDFont font, String text) {
        if (text == null) return "";
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
                return;
            }
            if (Character.isISOControl(cp)) return;
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
