package dev.loopline.web.api;

import dev.loopline.gtfs.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Zip files sent as downloads, copied from disk to the response in small buffers, never whole in the heap. */
final class ZipDownloads {
  static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private ZipDownloads() {}

  /** Streams a file that stays (a stored feed version or merge result). */
  static ResponseEntity<StreamingResponseBody> stream(Path zip, String name) throws IOException {
    return response(zip, name, out -> {
      try (InputStream in = Files.newInputStream(zip)) {
        in.transferTo(out);
      }
    });
  }

  /** Streams a temporary file, then deletes its folder (also when the client goes away halfway). */
  static ResponseEntity<StreamingResponseBody> streamThenDelete(Path zip, Path tempDir, String name)
      throws IOException {
    return response(zip, name, out -> {
      try (InputStream in = Files.newInputStream(zip)) {
        in.transferTo(out);
      } finally {
        AtomicFiles.deleteTree(tempDir);
      }
    });
  }

  /** Removes a download's temporary folder when the download could not be prepared. */
  static void deleteTree(Path tempDir) throws IOException {
    AtomicFiles.deleteTree(tempDir);
  }

  private static ResponseEntity<StreamingResponseBody> response(Path zip, String name, StreamingResponseBody body)
      throws IOException {
    return ResponseEntity.ok().contentType(ZIP).contentLength(Files.size(zip))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
