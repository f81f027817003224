"""Offline geoparsing of news articles into map layers.

Flow, one module per stage: :mod:`geo.textio` (bytes -> text) -> :mod:`geo.recognize`
(mentions) -> :mod:`geo.resolve` (places, using :mod:`geo.gazetteer`) -> :mod:`geo.roles`
(announced / proposed centres, disputed areas) -> :mod:`geo.layers` (GeoJSON) ->
:mod:`geo.mapview` (folium map). :func:`geo.pipeline.run` wires the stages.
"""
