package dev.loopline.archfixture.planner.network;

/** A class for planted violations to point at. */
public class Net {}
