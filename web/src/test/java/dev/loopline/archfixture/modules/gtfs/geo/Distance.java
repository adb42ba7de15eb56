package dev.loopline.archfixture.modules.gtfs.geo;

/** A class for planted violations to point at. */
public class Distance {}
