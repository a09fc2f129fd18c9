#ifndef INVENTORY_REPORT_INVENTORY_H
#define INVENTORY_REPORT_INVENTORY_H

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace inventory {

// One row of a warehouse stock export: sku,warehouse,quantity,unit_price
struct StockRecord {
    std::string sku;
    std::string warehouse;
    int quantity = 0;
    double unit_price = 0.0;
};

struct WarehouseTotal {
    std::string warehouse;
    int units = 0;
};

// records.cpp
std::vector<std::string> sample_lines();
std::vector<std::string> split_fields(const std::string &line);
std::vector<std::string> leading_fields(const std::vector<std::string> &fields);
StockRecord parse_record(const std::string &line);
std::vector<StockRecord> parse_lines(const std::vector<std::string> &lines);
void collect_skus(const std::vector<StockRecord> &records,
                  std::vector<std::string> &out);

// report.cpp
double total_stock_value(const std::vector<StockRecord> &records);
std::map<std::string, int> units_by_warehouse(const std::vector<StockRecord> &records);
std::vector<WarehouseTotal> ranked_warehouses(const std::map<std::string, int> &totals);
std::size_t distinct_locations(const std::vector<StockRecord> &records);
std::size_t records_to_cover(const std::vector<StockRecord> &records,
                             double fraction);
double top_value_share(const std::vector<StockRecord> &records);
std::vector<StockRecord> low_stock(const std::vector<StockRecord> &records,
                                   int threshold);
double median_price(const std::vector<StockRecord> &records);

// Simple FNV-1a hash used to fingerprint the report output.
std::uint64_t fnv1a(const std::string &text, std::uint64_t seed);

} // namespace inventory

#endif // INVENTORY_REPORT_INVENTORY_H
