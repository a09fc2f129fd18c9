// Kernels of realistic work for the value benchmark. kernels.cpp is compiled
// three ways: as written, with stacklift's fixes, and with
// performance-inefficient-vector-operation's fixes.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

struct Point {
  double X, Y;
};

std::uint64_t tokenizeRecords(const std::vector<std::string> &Lines);
std::uint64_t gridNeighbours(const std::vector<std::uint8_t> &Grid, int Width,
                             int Height);
std::uint64_t collectMatches(const std::vector<int> &Values, int Threshold);
std::uint64_t splitWords(const std::vector<std::string> &Lines);
std::uint64_t fieldWidths(const std::vector<std::string> &Lines);
std::uint64_t transformPolygons(const std::vector<std::vector<Point>> &Polygons,
                                double Angle);
