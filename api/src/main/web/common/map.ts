import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/**
 * Tiles: set at run time by the server in the shell's <meta name="signpost:tiles"> (SIGNPOST_WEB_TILE_URL, "none" for no
 * tile server; SIGNPOST_WEB_TILE_ATTRIBUTION), else the build's (VITE_SIGNPOST_TILE_URL, ...), else OpenStreetMap.
 */
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
function tileSettings(): { url: string | null; attribution: string } {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="signpost:tiles"]');
  const runtime = meta?.content.trim() ?? '';
  const url = runtime || import.meta.env.VITE_SIGNPOST_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const words = meta?.dataset.attribution?.trim();
  const attribution = words ? escapeHtml(words) : import.meta.env.VITE_SIGNPOST_TILE_ATTRIBUTION ?? OSM_ATTRIBUTION;
  return { url: url === 'none' ? null : url, attribution };
}
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Below this zoom the map shows the server's clusters (counts per grid cell), never every place. */
export const CLUSTER_BELOW_ZOOM = 12;

export interface Pin { id: string; lat: number; lon: number; label: string; href: string }
export interface Cluster { key: string; lat: number; lon: number; count: number }
export interface Viewport { topLeftLat: number; topLeftLon: number; bottomRightLat: number; bottomRightLon: number; zoom: number }

/** A Leaflet map that works with no tile server: places and clusters are vector shapes and text, not images. */
export class PlacesMap {
  private readonly map: L.Map;
  private readonly layer = L.layerGroup();
  private programmatic = false;
  /** The zoom the results were last fitted at: a phone may need to fit them below CLUSTER_BELOW_ZOOM. */
  private fittedZoom = CLUSTER_BELOW_ZOOM;

  constructor(private readonly el: HTMLElement, onUserMove: (v: Viewport) => void) {
    this.map = L.map(el, { center: [53.43, -1.36], zoom: 12, keyboard: true });
    this.map.attributionControl.setPrefix(false);
    const tiles = tileSettings();
    if (tiles.url) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(this.map);
    else this.map.attributionControl.addAttribution(tiles.attribution);
    this.layer.addTo(this.map);
    this.map.on('moveend', () => {
      if (this.programmatic) { this.programmatic = false; return; }
      onUserMove(this.viewport());
    });
  }

  viewport(): Viewport {
    const b = this.map.getBounds();
    return {
      topLeftLat: b.getNorth(), topLeftLon: b.getWest(), bottomRightLat: b.getSouth(), bottomRightLon: b.getEast(),
      zoom: Math.max(1, Math.min(20, Math.round(this.map.getZoom()))),
    };
  }

  showPins(pins: Pin[], fit: boolean): void {
    this.layer.clearLayers();
    this.el.dataset.mode = 'places';
    for (const pin of pins) {
      const marker = L.circleMarker([pin.lat, pin.lon], { radius: 9, className: 'sp-marker', weight: 2 });
      const link = document.createElement('a');
      link.href = pin.href;
      link.textContent = pin.label;
      marker.bindPopup(link);
      marker.addTo(this.layer);
      marker.getElement()?.setAttribute('data-id', pin.id);
    }
    this.el.dataset.count = String(pins.length);
    if (fit && pins.length > 0) {
      const bounds = L.latLngBounds(pins.map((p) => [p.lat, p.lon]));
      // Known before the move, not read after it: an animated move would still report the old zoom.
      this.fittedZoom = Math.min(15, this.map.getBoundsZoom(bounds, false, L.point(48, 48)));
      this.moveProgrammatically(() => this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false }));
    }
  }

  showClusters(clusters: Cluster[]): void {
    this.layer.clearLayers();
    this.el.dataset.mode = 'clusters';
    for (const c of clusters) {
      const size = c.count >= 100 ? 48 : c.count >= 10 ? 40 : 32;
      const icon = L.divIcon({ className: 'sp-cluster', html: `<span>${c.count}</span>`, iconSize: [size, size] });
      const marker = L.marker([c.lat, c.lon], { icon, keyboard: false, title: `${c.count} places` });
      marker.on('click', () => this.map.setView([c.lat, c.lon], Math.min(this.map.getZoom() + 2, 18)));
      marker.addTo(this.layer);
    }
    this.el.dataset.count = String(clusters.length);
  }

  zoom(): number { return this.map.getZoom(); }

  centre(): { lat: number; lon: number } {
    const c = this.map.getCenter();
    return { lat: c.lat, lon: c.lng };
  }

  /**
   * Clusters when the resident zooms out past where the results' own places can be shown one by one: below
   * CLUSTER_BELOW_ZOOM, or below the zoom the results were fitted at when that was lower (a resize does not count).
   */
  wantsClusters(zoom: number = this.map.getZoom()): boolean {
    return zoom < Math.min(CLUSTER_BELOW_ZOOM, this.fittedZoom);
  }

  setZoom(zoom: number): void { this.map.setZoom(zoom); }

  center(lat: number, lon: number, zoom: number): void {
    this.moveProgrammatically(() => this.map.setView([lat, lon], zoom, { animate: false }));
  }

  /**
   * Moves the map without it counting as the resident's move. Never animated: an animated move ends (moveend) after
   * this returns, when the flag could no longer tell it from the resident's own.
   */
  private moveProgrammatically(move: () => void): void {
    const before = this.map.getBounds();
    const zoomBefore = this.map.getZoom();
    this.programmatic = true;
    move();
    if (this.map.getBounds().equals(before) && this.map.getZoom() === zoomBefore) this.programmatic = false;
  }
}
