package dev.loopline.archfixture.modules.web.api;

/** A class for planted violations to point at. */
public class Controller {}
