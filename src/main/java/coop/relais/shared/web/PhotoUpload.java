package coop.relais.shared.web;

import coop.relais.shared.DomainException;
import coop.relais.shared.Photo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo sent with a form: at most {@link #MAX_BYTES}, and a JPEG, PNG or WebP by its first bytes (never by its
 * name or the type the browser claims). No file: nothing.
 */
public final class PhotoUpload {

    /** The largest photo taken: 5 MB, what a phone's camera gives. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private PhotoUpload() {}

    /**
     * Reads the file sent, if any.
     *
     * @param sizeKey the message refusing a file too large
     * @param typeKey the message refusing a file that is not a photo
     */
    public static Optional<Photo> read(MultipartFile file, String sizeKey, String typeKey) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > MAX_BYTES) {
            throw DomainException.invalid(sizeKey);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = ImageTypes.detect(bytes).orElseThrow(() -> DomainException.invalid(typeKey));
        return Optional.of(new Photo(type, bytes));
    }
}
