package io.pindesk.api;

/** Generates spec-shaped pin pages for paging tests and the benchmark. */
final class PinPages {

    private PinPages() {}

    /** The page a stub answers to {@code r}: bookmark "o<offset>", ids 1000000000 + index. */
    static String page(StubServer.Recorded r, int total) {
        String bookmark = r.queryParam("bookmark");
        int offset = bookmark == null ? 0 : Integer.parseInt(bookmark.substring(1));
        String sizeParam = r.queryParam("page_size");
        int size = sizeParam == null ? 25 : Integer.parseInt(sizeParam);
        int end = Math.min(total, offset + size);
        StringBuilder sb = new StringBuilder(size * 700).append("{\"items\":[");
        for (int i = offset; i < end; i++) {
            if (i > offset) {
                sb.append(',');
            }
            pin(sb, 1_000_000_000L + i);
        }
        sb.append("],\"bookmark\":").append(end < total ? "\"o" + end + "\"" : "null").append('}');
        return sb.toString();
    }

    static void pin(StringBuilder sb, long id) {
        sb.append("{\"id\":\"").append(id).append("\",\"created_at\":\"2025-06-01T10:00:00+00:00\",")
                .append("\"title\":\"Pin ").append(id).append("\",\"description\":\"A generated pin\",")
                .append("\"link\":\"https://example.com/").append(id).append("\",\"board_id\":\"1\",")
                .append("\"board_owner\":{\"username\":\"bench\"},\"creative_type\":\"REGULAR\",")
                .append("\"media\":{\"media_type\":\"image\",\"images\":{")
                .append("\"150x150\":{\"width\":150,\"height\":150,\"url\":\"https://i.example/150/").append(id).append(".jpg\"},")
                .append("\"400x300\":{\"width\":400,\"height\":300,\"url\":\"https://i.example/400/").append(id).append(".jpg\"},")
                .append("\"600x\":{\"width\":600,\"height\":900,\"url\":\"https://i.example/600/").append(id).append(".jpg\"},")
                .append("\"1200x\":{\"width\":1200,\"height\":1800,\"url\":\"https://i.example/1200/").append(id).append(".jpg\"}}},")
                .append("\"is_owner\":true,\"is_standard\":true,\"has_been_promoted\":false}");
    }
}
