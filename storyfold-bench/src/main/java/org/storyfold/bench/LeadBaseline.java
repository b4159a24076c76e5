package org.storyfold.bench;

import java.util.ArrayList;
import java.util.List;

/** Lead for several articles: the first sentence of each article in story order, then the second of each, and so on. */
final class LeadBaseline implements Baseline {

    @Override
    public String name() {
        return "Lead (round robin)";
    }

    @Override
    public List<String> rank(List<List<String>> articles) {
        List<String> order = new ArrayList<>();
        int longest = articles.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> a : articles) {
                if (i < a.size()) {
                    order.add(a.get(i));
                }
            }
        }
        return order;
    }
}
