package cn.gov.dehong.cloud.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids split into bounded IN lists: some databases and drivers refuse very long parameter lists. */
public final class IdChunks {

    /** Ids per IN list. */
    public static final int SIZE = 1000;

    private IdChunks() {
    }

    public static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
