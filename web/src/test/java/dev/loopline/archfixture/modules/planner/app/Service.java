package dev.loopline.archfixture.modules.planner.app;

/** A class for planted violations to point at. */
public class Service {}
