package dev.loopline.archfixture.modules.gtfs.model;

/** A class for planted violations to point at. */
public class Feed {}
