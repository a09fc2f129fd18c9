/work/wt-19/examples/src/main.cpp:37:9: warning: vector 'forecast' grows with 'push_back' to at most 7 elements and never leaves its function; consider a fixed-capacity container on the stack [stacklift-vector-growth]
   37 |         forecast.push_back(daily_units + daily_units * day / 20);
      |         ^
/work/wt-19/examples/src/main.cpp:36:29: note: the loop runs '7' times
   36 |     for (int day = 0; day < 7; day++) {
      |                             ^
/work/wt-19/examples/src/main.cpp:35:22: note: use 'std::array<int, 7>' filled by index instead
    3 |     std::vector<int> forecast;
      |     ~~~~~~~~~~~~~~~~ ^
      |     std::array<int, 7>
    4 |     for (int day = 0; day < 7; day++) {
    5 |         forecast.push_back(daily_units + daily_units * day / 20);
      |         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
      |         forecast[static_cast<std::size_t>(day)] = daily_units + daily_units * day / 20
/work/wt-19/examples/src/records.cpp:31:9: warning: vector 'lines' grows with 'emplace_back' in a loop that runs '13' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   30 |     for (const char *row : kSampleRows) {
   31 |         lines.emplace_back(row);
      |         ^
/work/wt-19/examples/src/records.cpp:30:28: note: the loop runs '13' times
   30 |     for (const char *row : kSampleRows) {
      |                            ^
/work/wt-19/examples/src/records.cpp:33:5: note: 'lines' escapes: returned here
   33 |     return lines;
      |     ^
/work/wt-19/examples/src/records.cpp:73:9: warning: vector 'records' grows with 'push_back' in a loop that runs 'lines.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   72 |     for (const auto &line : lines) {
   73 |         records.push_back(parse_record(line));
      |         ^
/work/wt-19/examples/src/records.cpp:72:29: note: the loop runs 'lines.size()' times
   72 |     for (const auto &line : lines) {
      |                             ^
/work/wt-19/examples/src/records.cpp:75:5: note: 'records' escapes: returned here
   75 |     return records;
      |     ^
/work/wt-19/examples/src/report.cpp:25:9: warning: vector 'line_values' grows with 'push_back' in a loop that runs 'records.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   24 |     for (std::size_t i = 0; i < records.size(); ++i) {
   25 |         line_values.push_back(records[i].quantity * records[i].unit_price);
      |         ^
/work/wt-19/examples/src/report.cpp:24:33: note: the loop runs 'records.size()' times
   24 |     for (std::size_t i = 0; i < records.size(); ++i) {
      |                                 ^
/work/wt-19/examples/src/report.cpp:41:9: warning: vector 'ranking' grows with 'push_back' in a loop that runs 'totals.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   40 |     for (const auto &entry : totals) {
   41 |         ranking.push_back(WarehouseTotal{entry.first, entry.second});
      |         ^
/work/wt-19/examples/src/report.cpp:40:30: note: the loop runs 'totals.size()' times
   40 |     for (const auto &entry : totals) {
      |                              ^
/work/wt-19/examples/src/report.cpp:50:5: note: 'ranking' escapes: returned here
   50 |     return ranking;
      |     ^
/work/wt-19/examples/src/report.cpp:56:9: warning: vector 'keys' grows with 'emplace_back' in a loop that runs 'records.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   55 |     for (const auto &record : records) {
   56 |         keys.emplace_back(record.sku + "@" + record.warehouse);
      |         ^
/work/wt-19/examples/src/report.cpp:55:31: note: the loop runs 'records.size()' times
   55 |     for (const auto &record : records) {
      |                               ^
/work/wt-19/examples/src/report.cpp:70:9: warning: vector 'running' grows with 'push_back' in a loop that runs 'count' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   68 |     for (std::size_t i = 0; i != count; i += 1) {
   69 |         units += records[i].quantity;
   70 |         running.push_back(units);
      |         ^
/work/wt-19/examples/src/report.cpp:68:34: note: the loop runs 'count' times
   68 |     for (std::size_t i = 0; i != count; i += 1) {
      |                                  ^
/work/wt-19/examples/src/report.cpp:86:9: warning: vector 'shares' grows with 'push_back' in a loop that runs 'records.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
   85 |     for (const auto &record : records) {
   86 |         shares.push_back(record.quantity * record.unit_price);
      |         ^
/work/wt-19/examples/src/report.cpp:85:31: note: the loop runs 'records.size()' times
   85 |     for (const auto &record : records) {
      |                               ^
