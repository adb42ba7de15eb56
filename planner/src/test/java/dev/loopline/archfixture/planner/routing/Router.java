package dev.loopline.archfixture.planner.routing;

/** A class for planted violations to point at. */
public class Router {}
