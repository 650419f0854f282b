package org.imagingledger.application.access;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an uploaded file is, judged by its bytes and never by its name: a PDF (header
 * {@code %PDF-1.x} or {@code %PDF-2.x}, and a trailer: {@code startxref}, an offset and
 * {@code %%EOF} at the end), a PNG (signature, then the IHDR chunk first and IEND at the end)
 * or a JPEG (start-of-image marker and an end-of-image marker at the end). Anything else is refused.
 */
public final class DocumentContent {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** How far from the end the trailer or end marker may be (trailing whitespace, padding). */
    private static final int TAIL = 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DocumentContent() {}

    /** The media type the content is, if it is one the ledger accepts. */
    public static Optional<String> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        if (isPdf(bytes)) {
            return Optional.of(PDF);
        }
        if (isPng(bytes)) {
            return Optional.of(PNG);
        }
        if (isJpeg(bytes)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The extension a download is named with. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> "pdf";
            case PNG -> "png";
            case JPEG -> "jpg";
            default -> "bin";
        };
    }

    static boolean isPdf(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 16), StandardCharsets.ISO_8859_1);
        if (!head.matches("(?s)%PDF-[12]\\.\\d.*")) {
            return false;
        }
        String tail = new String(b, Math.max(0, b.length - TAIL), Math.min(b.length, TAIL), StandardCharsets.ISO_8859_1)
                .stripTrailing();
        if (!tail.endsWith("%%EOF")) {
            return false;
        }
        int startxref = tail.lastIndexOf("startxref");
        if (startxref < 0) {
            return false;
        }
        String offset = tail.substring(startxref + "startxref".length(), tail.length() - "%%EOF".length())
                .strip();
        return offset.matches("\\d{1,12}") && Long.parseLong(offset) < b.length;
    }

    static boolean isPng(byte[] b) {
        if (b.length < 8 + 25 + 12) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (b[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        // the first chunk is IHDR, 13 bytes long
        boolean ihdr = b[8] == 0
                && b[9] == 0
                && b[10] == 0
                && b[11] == 13
                && b[12] == 'I'
                && b[13] == 'H'
                && b[14] == 'D'
                && b[15] == 'R';
        // the last chunk is IEND: length 0, type, CRC
        int end = b.length - 12;
        boolean iend = b[end] == 0
                && b[end + 1] == 0
                && b[end + 2] == 0
                && b[end + 3] == 0
                && b[end + 4] == 'I'
                && b[end + 5] == 'E'
                && b[end + 6] == 'N'
                && b[end + 7] == 'D';
        return ihdr && iend;
    }

    static boolean isJpeg(byte[] b) {
        if ((b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8 || (b[2] & 0xff) != 0xff) {
            return false;
        }
        for (int i = b.length - 2; i >= Math.max(2, b.length - TAIL); i--) {
            if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
                return true;
            }
        }
        return false;
    }
}
