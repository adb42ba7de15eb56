package dev.loopline.archfixture.planner.cli;

/** A class for planted violations to point at. */
public class Command {}
