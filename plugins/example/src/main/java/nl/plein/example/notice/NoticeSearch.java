package nl.plein.example.notice;

import java.util.List;
import nl.plein.api.hooks.SearchProvider;

/** Notices are public, so every visitor may find them. */
public final class NoticeSearch implements SearchProvider {

    private final NoticeRepository notices;

    public NoticeSearch(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        return notices.search(query.text(), query.limit()).stream()
                .map(n -> new SearchHit(n.title(), n.body().length() > 160 ? n.body().substring(0, 157) + "…" : n.body(),
                        "/example#notice-" + n.id()))
                .toList();
    }
}
