package dev.loopline.gtfs.write;

import java.io.IOException;

/** One file of the output: its name and how to write its lines. */
interface TableOutput {
  String fileName();

  void write(CsvOut out) throws IOException;
}
