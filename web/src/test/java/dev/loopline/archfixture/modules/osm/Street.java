package dev.loopline.archfixture.modules.osm;

/** A class for planted violations to point at. */
public class Street {}
