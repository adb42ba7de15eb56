package dev.loopline.archfixture.planner.transit;

/** A class for planted violations to point at. */
public class Timetable {}
