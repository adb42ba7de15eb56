/**
 * The offline basemap: 256-pixel PNG tiles in the Web Mercator tiling every web map uses ({@code /tiles/z/x/y.png}),
 * drawn on the server from the network's own OSM streets (the edges of the street graph the router uses), so the map
 * works without internet and shows exactly the streets a trip walks along. {@link TileKey} checks an address,
 * {@link StreetIndex} holds the projected streets with a grid for "which streets touch this tile",
 * {@link StreetStyle} says how a road class is drawn at a zoom, {@link TileRenderer} draws one tile and
 * {@link BasemapTiles} answers requests (empty tiles shared, drawn tiles cached). The web endpoints for tiles and the
 * map configuration (an optional external tile URL for deployments with internet) live here too.
 */
package dev.loopline.web.tiles;
