package org.signpost.search.model;

import org.signpost.directory.model.ResidentVisibility;

/**
 * Who is searching, which decides what they may see: the directory's rule for its viewer
 * ({@link ResidentVisibility.Criteria}); link workers are also shown capacity.
 */
public enum Audience {
    RESIDENT(ResidentVisibility.Viewer.PUBLIC),
    LINK_WORKER(ResidentVisibility.Viewer.LINK_WORKER);

    private final ResidentVisibility.Viewer viewer;

    Audience(ResidentVisibility.Viewer viewer) {
        this.viewer = viewer;
    }

    /** Who this audience is to the visibility rule. */
    public ResidentVisibility.Viewer viewer() {
        return viewer;
    }
}
