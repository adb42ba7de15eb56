package dev.loopline.archfixture.modules.planner.transit;

/** A class for planted violations to point at. */
public class Timetable {}
