#include "inventory.h"

#include <array>
#include <cstdio>
#include <numeric>

using namespace inventory;

int main() {
    const std::vector<StockRecord> records = parse_lines(sample_lines());

    std::printf("records loaded:       %zu\n", records.size());
    std::printf("distinct locations:   %zu\n", distinct_locations(records));
    std::printf("total stock value:    %.2f\n", total_stock_value(records));
    std::printf("median unit price:    %.2f\n", median_price(records));
    std::printf("top line value share: %.3f\n", top_value_share(records));
    std::printf("rows for half units:  %zu\n", records_to_cover(records, 0.5));

    std::uint64_t checksum = 14695981039346656037ULL;

    std::printf("units by warehouse:\n");
    for (const auto &row : ranked_warehouses(units_by_warehouse(records))) {
        std::printf("  %-6s %6d\n", row.warehouse.c_str(), row.units);
        checksum = fnv1a(row.warehouse + ":" + std::to_string(row.units), checksum);
    }

    const std::vector<StockRecord> reorder = low_stock(records, 10);
    std::printf("low stock (< 10 units):\n");
    for (const auto &record : reorder) {
        std::printf("  %s @ %s: %d\n", record.sku.c_str(), record.warehouse.c_str(),
                    record.quantity);
        checksum = fnv1a(record.sku + "@" + record.warehouse, checksum);
    }

    const int daily_units = 140;
    std::array<int, 7> forecast;
    for (int day = 0; day < 7; day++) {
        forecast[static_cast<std::size_t>(day)] = daily_units + daily_units * day / 20;
    }
    const int week_units = std::accumulate(forecast.begin(), forecast.end(), 0);
    std::printf("7-day demand forecast: %d units (day 1: %d, day 7: %d)\n",
                week_units, forecast.front(), forecast.back());

    std::vector<std::string> skus;
    collect_skus(records, skus);
    for (const auto &sku : skus) {
        checksum = fnv1a(sku, checksum);
    }
    checksum = fnv1a(std::to_string(week_units), checksum);

    std::printf("checksum: %016llx\n", static_cast<unsigned long long>(checksum));
    return 0;
}
