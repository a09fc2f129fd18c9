#include <string>
#include <vector>

struct Item {
  int Id;
  double Price;
  std::string Name;
};

double summarize(const std::vector<Item> &in) {
  std::vector<int> ids;
  std::vector<double> total;
  ids.reserve(in.size());
  total.reserve(in.size());
  for (const Item &item : in) {
    ids.push_back(item.Id);
    total.push_back(item.Price);
  }
  std::vector<std::string> names;
  names.reserve(in.size());
  for (const Item &item : in)
    names.push_back(item.Name);
  return total.empty() ? 0.0 : total[0] + ids.size() + names.size();
}
