package dev.loopline.archfixture.modules.gtfs.io;

/** A class for planted violations to point at. */
public class CsvReader {}
