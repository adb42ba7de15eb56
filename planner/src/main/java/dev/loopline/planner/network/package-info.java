/**
 * The network directory: everything a query needs, built once by {@code loopline build}
 * ({@link dev.loopline.planner.network.Network#build}) and loaded in seconds by {@code plan}, {@code evaluate} and
 * {@code serve} ({@link dev.loopline.planner.network.Network#load}). Its {@code manifest.json}
 * ({@link dev.loopline.planner.network.Manifest}) records the inputs' SHA-256 so a build with unchanged inputs
 * does nothing.
 */
package dev.loopline.planner.network;
