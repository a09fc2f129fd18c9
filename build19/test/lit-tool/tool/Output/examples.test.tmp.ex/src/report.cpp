#include "inventory.h"

#include <algorithm>
#include <numeric>

namespace inventory {

namespace {

void normalize(std::vector<double> &values) {
    const double sum = std::accumulate(values.begin(), values.end(), 0.0);
    if (sum <= 0.0) {
        return;
    }
    for (double &v : values) {
        v /= sum;
    }
}

} // namespace

double total_stock_value(const std::vector<StockRecord> &records) {
    std::vector<double> line_values;
    line_values.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        line_values.push_back(records[i].quantity * records[i].unit_price);
    }
    return std::accumulate(line_values.begin(), line_values.end(), 0.0);
}

std::map<std::string, int> units_by_warehouse(const std::vector<StockRecord> &records) {
    std::map<std::string, int> totals;
    for (const auto &record : records) {
        totals[record.warehouse] += record.quantity;
    }
    return totals;
}

std::vector<WarehouseTotal> ranked_warehouses(const std::map<std::string, int> &totals) {
    std::vector<WarehouseTotal> ranking;
    ranking.reserve(totals.size());
    for (const auto &entry : totals) {
        ranking.push_back(WarehouseTotal{entry.first, entry.second});
    }
    std::sort(ranking.begin(), ranking.end(),
              [](const WarehouseTotal &a, const WarehouseTotal &b) {
                  if (a.units != b.units) {
                      return a.units > b.units;
                  }
                  return a.warehouse < b.warehouse;
              });
    return ranking;
}

std::size_t distinct_locations(const std::vector<StockRecord> &records) {
    std::vector<std::string> keys;
    keys.reserve(records.size());
    for (const auto &record : records) {
        keys.emplace_back(record.sku + "@" + record.warehouse);
    }
    std::sort(keys.begin(), keys.end());
    return static_cast<std::size_t>(
        std::distance(keys.begin(), std::unique(keys.begin(), keys.end())));
}

std::size_t records_to_cover(const std::vector<StockRecord> &records,
                             double fraction) {
    const std::size_t count = records.size();
    std::vector<double> running;
    double units = 0.0;
    running.reserve(count);
    for (std::size_t i = 0; i != count; i += 1) {
        units += records[i].quantity;
        running.push_back(units);
    }
    auto first_reaching = [&running](double target) {
        return static_cast<std::size_t>(
            std::lower_bound(running.begin(), running.end(), target) -
            running.begin());
    };
    if (running.empty()) {
        return 0;
    }
    return first_reaching(running.back() * fraction) + 1;
}

double top_value_share(const std::vector<StockRecord> &records) {
    std::vector<double> shares;
    shares.reserve(records.size());
    for (const auto &record : records) {
        shares.push_back(record.quantity * record.unit_price);
    }
    normalize(shares);
    if (shares.empty()) {
        return 0.0;
    }
    return *std::max_element(shares.begin(), shares.end());
}

std::vector<StockRecord> low_stock(const std::vector<StockRecord> &records,
                                   int threshold) {
    std::vector<StockRecord> below;
    for (const auto &record : records) {
        if (record.quantity < threshold) {
            below.push_back(record);
        }
    }
    return below;
}

double median_price(const std::vector<StockRecord> &records) {
    std::vector<double> prices;
    prices.reserve(records.size());
    for (const auto &record : records) {
        prices.push_back(record.unit_price);
    }
    if (prices.empty()) {
        return 0.0;
    }
    const std::size_t mid = prices.size() / 2;
    std::nth_element(prices.begin(), prices.begin() + mid, prices.end());
    double median = prices[mid];
    if (prices.size() % 2 == 0) {
        const double lower = *std::max_element(prices.begin(), prices.begin() + mid);
        median = (median + lower) / 2.0;
    }
    return median;
}

} // namespace inventory
