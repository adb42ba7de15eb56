package dev.loopline.archfixture.modules.planner.cli;

/** A class for planted violations to point at. */
public class Command {}
