#include <vector>
std::vector<int> f0(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 0);
  return out;
}
std::vector<int> f1(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1);
  return out;
}
std::vector<int> f2(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 2);
  return out;
}
std::vector<int> f3(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 3);
  return out;
}
std::vector<int> f4(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 4);
  return out;
}
std::vector<int> f5(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 5);
  return out;
}
std::vector<int> f6(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 6);
  return out;
}
std::vector<int> f7(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 7);
  return out;
}
std::vector<int> f8(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 8);
  return out;
}
std::vector<int> f9(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 9);
  return out;
}
std::vector<int> f10(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 10);
  return out;
}
std::vector<int> f11(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 11);
  return out;
}
std::vector<int> f12(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 12);
  return out;
}
std::vector<int> f13(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 13);
  return out;
}
std::vector<int> f14(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 14);
  return out;
}
std::vector<int> f15(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 15);
  return out;
}
std::vector<int> f16(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 16);
  return out;
}
std::vector<int> f17(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 17);
  return out;
}
std::vector<int> f18(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 18);
  return out;
}
std::vector<int> f19(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 19);
  return out;
}
std::vector<int> f20(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 20);
  return out;
}
std::vector<int> f21(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 21);
  return out;
}
std::vector<int> f22(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 22);
  return out;
}
std::vector<int> f23(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 23);
  return out;
}
std::vector<int> f24(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 24);
  return out;
}
std::vector<int> f25(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 25);
  return out;
}
std::vector<int> f26(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 26);
  return out;
}
std::vector<int> f27(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 27);
  return out;
}
std::vector<int> f28(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 28);
  return out;
}
std::vector<int> f29(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 29);
  return out;
}
std::vector<int> f30(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 30);
  return out;
}
std::vector<int> f31(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 31);
  return out;
}
std::vector<int> f32(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 32);
  return out;
}
std::vector<int> f33(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 33);
  return out;
}
std::vector<int> f34(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 34);
  return out;
}
std::vector<int> f35(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 35);
  return out;
}
std::vector<int> f36(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 36);
  return out;
}
std::vector<int> f37(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 37);
  return out;
}
std::vector<int> f38(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 38);
  return out;
}
std::vector<int> f39(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 39);
  return out;
}
std::vector<int> f40(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 40);
  return out;
}
std::vector<int> f41(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 41);
  return out;
}
std::vector<int> f42(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 42);
  return out;
}
std::vector<int> f43(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 43);
  return out;
}
std::vector<int> f44(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 44);
  return out;
}
std::vector<int> f45(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 45);
  return out;
}
std::vector<int> f46(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 46);
  return out;
}
std::vector<int> f47(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 47);
  return out;
}
std::vector<int> f48(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 48);
  return out;
}
std::vector<int> f49(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 49);
  return out;
}
std::vector<int> f50(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 50);
  return out;
}
std::vector<int> f51(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 51);
  return out;
}
std::vector<int> f52(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 52);
  return out;
}
std::vector<int> f53(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 53);
  return out;
}
std::vector<int> f54(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 54);
  return out;
}
std::vector<int> f55(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 55);
  return out;
}
std::vector<int> f56(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 56);
  return out;
}
std::vector<int> f57(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 57);
  return out;
}
std::vector<int> f58(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 58);
  return out;
}
std::vector<int> f59(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 59);
  return out;
}
std::vector<int> f60(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 60);
  return out;
}
std::vector<int> f61(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 61);
  return out;
}
std::vector<int> f62(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 62);
  return out;
}
std::vector<int> f63(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 63);
  return out;
}
std::vector<int> f64(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 64);
  return out;
}
std::vector<int> f65(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 65);
  return out;
}
std::vector<int> f66(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 66);
  return out;
}
std::vector<int> f67(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 67);
  return out;
}
std::vector<int> f68(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 68);
  return out;
}
std::vector<int> f69(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 69);
  return out;
}
std::vector<int> f70(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 70);
  return out;
}
std::vector<int> f71(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 71);
  return out;
}
std::vector<int> f72(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 72);
  return out;
}
std::vector<int> f73(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 73);
  return out;
}
std::vector<int> f74(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 74);
  return out;
}
std::vector<int> f75(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 75);
  return out;
}
std::vector<int> f76(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 76);
  return out;
}
std::vector<int> f77(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 77);
  return out;
}
std::vector<int> f78(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 78);
  return out;
}
std::vector<int> f79(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 79);
  return out;
}
std::vector<int> f80(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 80);
  return out;
}
std::vector<int> f81(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 81);
  return out;
}
std::vector<int> f82(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 82);
  return out;
}
std::vector<int> f83(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 83);
  return out;
}
std::vector<int> f84(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 84);
  return out;
}
std::vector<int> f85(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 85);
  return out;
}
std::vector<int> f86(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 86);
  return out;
}
std::vector<int> f87(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 87);
  return out;
}
std::vector<int> f88(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 88);
  return out;
}
std::vector<int> f89(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 89);
  return out;
}
std::vector<int> f90(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 90);
  return out;
}
std::vector<int> f91(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 91);
  return out;
}
std::vector<int> f92(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 92);
  return out;
}
std::vector<int> f93(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 93);
  return out;
}
std::vector<int> f94(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 94);
  return out;
}
std::vector<int> f95(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 95);
  return out;
}
std::vector<int> f96(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 96);
  return out;
}
std::vector<int> f97(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 97);
  return out;
}
std::vector<int> f98(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 98);
  return out;
}
std::vector<int> f99(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 99);
  return out;
}
std::vector<int> f100(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 100);
  return out;
}
std::vector<int> f101(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 101);
  return out;
}
std::vector<int> f102(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 102);
  return out;
}
std::vector<int> f103(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 103);
  return out;
}
std::vector<int> f104(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 104);
  return out;
}
std::vector<int> f105(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 105);
  return out;
}
std::vector<int> f106(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 106);
  return out;
}
std::vector<int> f107(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 107);
  return out;
}
std::vector<int> f108(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 108);
  return out;
}
std::vector<int> f109(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 109);
  return out;
}
std::vector<int> f110(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 110);
  return out;
}
std::vector<int> f111(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 111);
  return out;
}
std::vector<int> f112(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 112);
  return out;
}
std::vector<int> f113(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 113);
  return out;
}
std::vector<int> f114(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 114);
  return out;
}
std::vector<int> f115(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 115);
  return out;
}
std::vector<int> f116(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 116);
  return out;
}
std::vector<int> f117(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 117);
  return out;
}
std::vector<int> f118(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 118);
  return out;
}
std::vector<int> f119(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 119);
  return out;
}
std::vector<int> f120(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 120);
  return out;
}
std::vector<int> f121(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 121);
  return out;
}
std::vector<int> f122(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 122);
  return out;
}
std::vector<int> f123(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 123);
  return out;
}
std::vector<int> f124(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 124);
  return out;
}
std::vector<int> f125(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 125);
  return out;
}
std::vector<int> f126(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 126);
  return out;
}
std::vector<int> f127(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 127);
  return out;
}
std::vector<int> f128(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 128);
  return out;
}
std::vector<int> f129(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 129);
  return out;
}
std::vector<int> f130(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 130);
  return out;
}
std::vector<int> f131(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 131);
  return out;
}
std::vector<int> f132(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 132);
  return out;
}
std::vector<int> f133(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 133);
  return out;
}
std::vector<int> f134(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 134);
  return out;
}
std::vector<int> f135(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 135);
  return out;
}
std::vector<int> f136(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 136);
  return out;
}
std::vector<int> f137(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 137);
  return out;
}
std::vector<int> f138(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 138);
  return out;
}
std::vector<int> f139(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 139);
  return out;
}
std::vector<int> f140(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 140);
  return out;
}
std::vector<int> f141(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 141);
  return out;
}
std::vector<int> f142(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 142);
  return out;
}
std::vector<int> f143(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 143);
  return out;
}
std::vector<int> f144(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 144);
  return out;
}
std::vector<int> f145(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 145);
  return out;
}
std::vector<int> f146(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 146);
  return out;
}
std::vector<int> f147(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 147);
  return out;
}
std::vector<int> f148(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 148);
  return out;
}
std::vector<int> f149(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 149);
  return out;
}
std::vector<int> f150(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 150);
  return out;
}
std::vector<int> f151(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 151);
  return out;
}
std::vector<int> f152(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 152);
  return out;
}
std::vector<int> f153(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 153);
  return out;
}
std::vector<int> f154(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 154);
  return out;
}
std::vector<int> f155(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 155);
  return out;
}
std::vector<int> f156(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 156);
  return out;
}
std::vector<int> f157(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 157);
  return out;
}
std::vector<int> f158(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 158);
  return out;
}
std::vector<int> f159(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 159);
  return out;
}
std::vector<int> f160(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 160);
  return out;
}
std::vector<int> f161(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 161);
  return out;
}
std::vector<int> f162(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 162);
  return out;
}
std::vector<int> f163(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 163);
  return out;
}
std::vector<int> f164(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 164);
  return out;
}
std::vector<int> f165(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 165);
  return out;
}
std::vector<int> f166(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 166);
  return out;
}
std::vector<int> f167(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 167);
  return out;
}
std::vector<int> f168(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 168);
  return out;
}
std::vector<int> f169(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 169);
  return out;
}
std::vector<int> f170(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 170);
  return out;
}
std::vector<int> f171(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 171);
  return out;
}
std::vector<int> f172(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 172);
  return out;
}
std::vector<int> f173(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 173);
  return out;
}
std::vector<int> f174(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 174);
  return out;
}
std::vector<int> f175(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 175);
  return out;
}
std::vector<int> f176(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 176);
  return out;
}
std::vector<int> f177(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 177);
  return out;
}
std::vector<int> f178(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 178);
  return out;
}
std::vector<int> f179(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 179);
  return out;
}
std::vector<int> f180(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 180);
  return out;
}
std::vector<int> f181(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 181);
  return out;
}
std::vector<int> f182(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 182);
  return out;
}
std::vector<int> f183(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 183);
  return out;
}
std::vector<int> f184(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 184);
  return out;
}
std::vector<int> f185(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 185);
  return out;
}
std::vector<int> f186(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 186);
  return out;
}
std::vector<int> f187(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 187);
  return out;
}
std::vector<int> f188(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 188);
  return out;
}
std::vector<int> f189(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 189);
  return out;
}
std::vector<int> f190(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 190);
  return out;
}
std::vector<int> f191(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 191);
  return out;
}
std::vector<int> f192(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 192);
  return out;
}
std::vector<int> f193(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 193);
  return out;
}
std::vector<int> f194(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 194);
  return out;
}
std::vector<int> f195(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 195);
  return out;
}
std::vector<int> f196(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 196);
  return out;
}
std::vector<int> f197(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 197);
  return out;
}
std::vector<int> f198(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 198);
  return out;
}
std::vector<int> f199(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 199);
  return out;
}
std::vector<int> f200(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 200);
  return out;
}
std::vector<int> f201(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 201);
  return out;
}
std::vector<int> f202(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 202);
  return out;
}
std::vector<int> f203(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 203);
  return out;
}
std::vector<int> f204(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 204);
  return out;
}
std::vector<int> f205(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 205);
  return out;
}
std::vector<int> f206(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 206);
  return out;
}
std::vector<int> f207(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 207);
  return out;
}
std::vector<int> f208(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 208);
  return out;
}
std::vector<int> f209(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 209);
  return out;
}
std::vector<int> f210(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 210);
  return out;
}
std::vector<int> f211(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 211);
  return out;
}
std::vector<int> f212(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 212);
  return out;
}
std::vector<int> f213(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 213);
  return out;
}
std::vector<int> f214(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 214);
  return out;
}
std::vector<int> f215(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 215);
  return out;
}
std::vector<int> f216(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 216);
  return out;
}
std::vector<int> f217(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 217);
  return out;
}
std::vector<int> f218(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 218);
  return out;
}
std::vector<int> f219(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 219);
  return out;
}
std::vector<int> f220(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 220);
  return out;
}
std::vector<int> f221(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 221);
  return out;
}
std::vector<int> f222(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 222);
  return out;
}
std::vector<int> f223(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 223);
  return out;
}
std::vector<int> f224(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 224);
  return out;
}
std::vector<int> f225(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 225);
  return out;
}
std::vector<int> f226(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 226);
  return out;
}
std::vector<int> f227(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 227);
  return out;
}
std::vector<int> f228(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 228);
  return out;
}
std::vector<int> f229(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 229);
  return out;
}
std::vector<int> f230(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 230);
  return out;
}
std::vector<int> f231(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 231);
  return out;
}
std::vector<int> f232(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 232);
  return out;
}
std::vector<int> f233(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 233);
  return out;
}
std::vector<int> f234(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 234);
  return out;
}
std::vector<int> f235(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 235);
  return out;
}
std::vector<int> f236(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 236);
  return out;
}
std::vector<int> f237(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 237);
  return out;
}
std::vector<int> f238(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 238);
  return out;
}
std::vector<int> f239(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 239);
  return out;
}
std::vector<int> f240(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 240);
  return out;
}
std::vector<int> f241(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 241);
  return out;
}
std::vector<int> f242(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 242);
  return out;
}
std::vector<int> f243(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 243);
  return out;
}
std::vector<int> f244(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 244);
  return out;
}
std::vector<int> f245(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 245);
  return out;
}
std::vector<int> f246(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 246);
  return out;
}
std::vector<int> f247(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 247);
  return out;
}
std::vector<int> f248(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 248);
  return out;
}
std::vector<int> f249(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 249);
  return out;
}
std::vector<int> f250(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 250);
  return out;
}
std::vector<int> f251(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 251);
  return out;
}
std::vector<int> f252(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 252);
  return out;
}
std::vector<int> f253(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 253);
  return out;
}
std::vector<int> f254(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 254);
  return out;
}
std::vector<int> f255(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 255);
  return out;
}
std::vector<int> f256(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 256);
  return out;
}
std::vector<int> f257(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 257);
  return out;
}
std::vector<int> f258(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 258);
  return out;
}
std::vector<int> f259(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 259);
  return out;
}
std::vector<int> f260(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 260);
  return out;
}
std::vector<int> f261(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 261);
  return out;
}
std::vector<int> f262(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 262);
  return out;
}
std::vector<int> f263(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 263);
  return out;
}
std::vector<int> f264(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 264);
  return out;
}
std::vector<int> f265(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 265);
  return out;
}
std::vector<int> f266(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 266);
  return out;
}
std::vector<int> f267(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 267);
  return out;
}
std::vector<int> f268(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 268);
  return out;
}
std::vector<int> f269(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 269);
  return out;
}
std::vector<int> f270(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 270);
  return out;
}
std::vector<int> f271(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 271);
  return out;
}
std::vector<int> f272(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 272);
  return out;
}
std::vector<int> f273(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 273);
  return out;
}
std::vector<int> f274(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 274);
  return out;
}
std::vector<int> f275(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 275);
  return out;
}
std::vector<int> f276(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 276);
  return out;
}
std::vector<int> f277(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 277);
  return out;
}
std::vector<int> f278(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 278);
  return out;
}
std::vector<int> f279(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 279);
  return out;
}
std::vector<int> f280(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 280);
  return out;
}
std::vector<int> f281(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 281);
  return out;
}
std::vector<int> f282(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 282);
  return out;
}
std::vector<int> f283(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 283);
  return out;
}
std::vector<int> f284(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 284);
  return out;
}
std::vector<int> f285(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 285);
  return out;
}
std::vector<int> f286(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 286);
  return out;
}
std::vector<int> f287(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 287);
  return out;
}
std::vector<int> f288(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 288);
  return out;
}
std::vector<int> f289(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 289);
  return out;
}
std::vector<int> f290(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 290);
  return out;
}
std::vector<int> f291(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 291);
  return out;
}
std::vector<int> f292(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 292);
  return out;
}
std::vector<int> f293(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 293);
  return out;
}
std::vector<int> f294(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 294);
  return out;
}
std::vector<int> f295(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 295);
  return out;
}
std::vector<int> f296(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 296);
  return out;
}
std::vector<int> f297(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 297);
  return out;
}
std::vector<int> f298(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 298);
  return out;
}
std::vector<int> f299(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 299);
  return out;
}
std::vector<int> f300(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 300);
  return out;
}
std::vector<int> f301(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 301);
  return out;
}
std::vector<int> f302(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 302);
  return out;
}
std::vector<int> f303(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 303);
  return out;
}
std::vector<int> f304(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 304);
  return out;
}
std::vector<int> f305(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 305);
  return out;
}
std::vector<int> f306(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 306);
  return out;
}
std::vector<int> f307(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 307);
  return out;
}
std::vector<int> f308(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 308);
  return out;
}
std::vector<int> f309(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 309);
  return out;
}
std::vector<int> f310(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 310);
  return out;
}
std::vector<int> f311(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 311);
  return out;
}
std::vector<int> f312(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 312);
  return out;
}
std::vector<int> f313(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 313);
  return out;
}
std::vector<int> f314(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 314);
  return out;
}
std::vector<int> f315(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 315);
  return out;
}
std::vector<int> f316(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 316);
  return out;
}
std::vector<int> f317(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 317);
  return out;
}
std::vector<int> f318(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 318);
  return out;
}
std::vector<int> f319(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 319);
  return out;
}
std::vector<int> f320(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 320);
  return out;
}
std::vector<int> f321(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 321);
  return out;
}
std::vector<int> f322(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 322);
  return out;
}
std::vector<int> f323(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 323);
  return out;
}
std::vector<int> f324(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 324);
  return out;
}
std::vector<int> f325(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 325);
  return out;
}
std::vector<int> f326(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 326);
  return out;
}
std::vector<int> f327(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 327);
  return out;
}
std::vector<int> f328(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 328);
  return out;
}
std::vector<int> f329(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 329);
  return out;
}
std::vector<int> f330(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 330);
  return out;
}
std::vector<int> f331(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 331);
  return out;
}
std::vector<int> f332(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 332);
  return out;
}
std::vector<int> f333(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 333);
  return out;
}
std::vector<int> f334(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 334);
  return out;
}
std::vector<int> f335(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 335);
  return out;
}
std::vector<int> f336(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 336);
  return out;
}
std::vector<int> f337(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 337);
  return out;
}
std::vector<int> f338(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 338);
  return out;
}
std::vector<int> f339(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 339);
  return out;
}
std::vector<int> f340(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 340);
  return out;
}
std::vector<int> f341(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 341);
  return out;
}
std::vector<int> f342(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 342);
  return out;
}
std::vector<int> f343(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 343);
  return out;
}
std::vector<int> f344(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 344);
  return out;
}
std::vector<int> f345(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 345);
  return out;
}
std::vector<int> f346(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 346);
  return out;
}
std::vector<int> f347(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 347);
  return out;
}
std::vector<int> f348(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 348);
  return out;
}
std::vector<int> f349(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 349);
  return out;
}
std::vector<int> f350(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 350);
  return out;
}
std::vector<int> f351(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 351);
  return out;
}
std::vector<int> f352(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 352);
  return out;
}
std::vector<int> f353(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 353);
  return out;
}
std::vector<int> f354(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 354);
  return out;
}
std::vector<int> f355(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 355);
  return out;
}
std::vector<int> f356(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 356);
  return out;
}
std::vector<int> f357(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 357);
  return out;
}
std::vector<int> f358(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 358);
  return out;
}
std::vector<int> f359(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 359);
  return out;
}
std::vector<int> f360(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 360);
  return out;
}
std::vector<int> f361(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 361);
  return out;
}
std::vector<int> f362(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 362);
  return out;
}
std::vector<int> f363(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 363);
  return out;
}
std::vector<int> f364(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 364);
  return out;
}
std::vector<int> f365(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 365);
  return out;
}
std::vector<int> f366(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 366);
  return out;
}
std::vector<int> f367(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 367);
  return out;
}
std::vector<int> f368(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 368);
  return out;
}
std::vector<int> f369(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 369);
  return out;
}
std::vector<int> f370(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 370);
  return out;
}
std::vector<int> f371(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 371);
  return out;
}
std::vector<int> f372(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 372);
  return out;
}
std::vector<int> f373(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 373);
  return out;
}
std::vector<int> f374(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 374);
  return out;
}
std::vector<int> f375(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 375);
  return out;
}
std::vector<int> f376(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 376);
  return out;
}
std::vector<int> f377(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 377);
  return out;
}
std::vector<int> f378(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 378);
  return out;
}
std::vector<int> f379(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 379);
  return out;
}
std::vector<int> f380(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 380);
  return out;
}
std::vector<int> f381(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 381);
  return out;
}
std::vector<int> f382(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 382);
  return out;
}
std::vector<int> f383(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 383);
  return out;
}
std::vector<int> f384(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 384);
  return out;
}
std::vector<int> f385(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 385);
  return out;
}
std::vector<int> f386(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 386);
  return out;
}
std::vector<int> f387(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 387);
  return out;
}
std::vector<int> f388(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 388);
  return out;
}
std::vector<int> f389(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 389);
  return out;
}
std::vector<int> f390(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 390);
  return out;
}
std::vector<int> f391(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 391);
  return out;
}
std::vector<int> f392(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 392);
  return out;
}
std::vector<int> f393(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 393);
  return out;
}
std::vector<int> f394(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 394);
  return out;
}
std::vector<int> f395(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 395);
  return out;
}
std::vector<int> f396(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 396);
  return out;
}
std::vector<int> f397(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 397);
  return out;
}
std::vector<int> f398(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 398);
  return out;
}
std::vector<int> f399(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 399);
  return out;
}
std::vector<int> f400(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 400);
  return out;
}
std::vector<int> f401(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 401);
  return out;
}
std::vector<int> f402(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 402);
  return out;
}
std::vector<int> f403(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 403);
  return out;
}
std::vector<int> f404(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 404);
  return out;
}
std::vector<int> f405(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 405);
  return out;
}
std::vector<int> f406(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 406);
  return out;
}
std::vector<int> f407(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 407);
  return out;
}
std::vector<int> f408(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 408);
  return out;
}
std::vector<int> f409(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 409);
  return out;
}
std::vector<int> f410(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 410);
  return out;
}
std::vector<int> f411(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 411);
  return out;
}
std::vector<int> f412(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 412);
  return out;
}
std::vector<int> f413(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 413);
  return out;
}
std::vector<int> f414(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 414);
  return out;
}
std::vector<int> f415(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 415);
  return out;
}
std::vector<int> f416(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 416);
  return out;
}
std::vector<int> f417(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 417);
  return out;
}
std::vector<int> f418(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 418);
  return out;
}
std::vector<int> f419(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 419);
  return out;
}
std::vector<int> f420(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 420);
  return out;
}
std::vector<int> f421(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 421);
  return out;
}
std::vector<int> f422(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 422);
  return out;
}
std::vector<int> f423(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 423);
  return out;
}
std::vector<int> f424(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 424);
  return out;
}
std::vector<int> f425(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 425);
  return out;
}
std::vector<int> f426(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 426);
  return out;
}
std::vector<int> f427(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 427);
  return out;
}
std::vector<int> f428(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 428);
  return out;
}
std::vector<int> f429(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 429);
  return out;
}
std::vector<int> f430(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 430);
  return out;
}
std::vector<int> f431(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 431);
  return out;
}
std::vector<int> f432(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 432);
  return out;
}
std::vector<int> f433(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 433);
  return out;
}
std::vector<int> f434(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 434);
  return out;
}
std::vector<int> f435(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 435);
  return out;
}
std::vector<int> f436(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 436);
  return out;
}
std::vector<int> f437(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 437);
  return out;
}
std::vector<int> f438(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 438);
  return out;
}
std::vector<int> f439(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 439);
  return out;
}
std::vector<int> f440(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 440);
  return out;
}
std::vector<int> f441(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 441);
  return out;
}
std::vector<int> f442(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 442);
  return out;
}
std::vector<int> f443(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 443);
  return out;
}
std::vector<int> f444(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 444);
  return out;
}
std::vector<int> f445(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 445);
  return out;
}
std::vector<int> f446(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 446);
  return out;
}
std::vector<int> f447(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 447);
  return out;
}
std::vector<int> f448(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 448);
  return out;
}
std::vector<int> f449(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 449);
  return out;
}
std::vector<int> f450(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 450);
  return out;
}
std::vector<int> f451(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 451);
  return out;
}
std::vector<int> f452(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 452);
  return out;
}
std::vector<int> f453(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 453);
  return out;
}
std::vector<int> f454(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 454);
  return out;
}
std::vector<int> f455(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 455);
  return out;
}
std::vector<int> f456(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 456);
  return out;
}
std::vector<int> f457(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 457);
  return out;
}
std::vector<int> f458(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 458);
  return out;
}
std::vector<int> f459(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 459);
  return out;
}
std::vector<int> f460(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 460);
  return out;
}
std::vector<int> f461(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 461);
  return out;
}
std::vector<int> f462(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 462);
  return out;
}
std::vector<int> f463(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 463);
  return out;
}
std::vector<int> f464(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 464);
  return out;
}
std::vector<int> f465(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 465);
  return out;
}
std::vector<int> f466(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 466);
  return out;
}
std::vector<int> f467(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 467);
  return out;
}
std::vector<int> f468(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 468);
  return out;
}
std::vector<int> f469(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 469);
  return out;
}
std::vector<int> f470(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 470);
  return out;
}
std::vector<int> f471(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 471);
  return out;
}
std::vector<int> f472(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 472);
  return out;
}
std::vector<int> f473(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 473);
  return out;
}
std::vector<int> f474(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 474);
  return out;
}
std::vector<int> f475(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 475);
  return out;
}
std::vector<int> f476(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 476);
  return out;
}
std::vector<int> f477(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 477);
  return out;
}
std::vector<int> f478(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 478);
  return out;
}
std::vector<int> f479(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 479);
  return out;
}
std::vector<int> f480(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 480);
  return out;
}
std::vector<int> f481(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 481);
  return out;
}
std::vector<int> f482(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 482);
  return out;
}
std::vector<int> f483(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 483);
  return out;
}
std::vector<int> f484(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 484);
  return out;
}
std::vector<int> f485(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 485);
  return out;
}
std::vector<int> f486(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 486);
  return out;
}
std::vector<int> f487(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 487);
  return out;
}
std::vector<int> f488(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 488);
  return out;
}
std::vector<int> f489(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 489);
  return out;
}
std::vector<int> f490(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 490);
  return out;
}
std::vector<int> f491(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 491);
  return out;
}
std::vector<int> f492(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 492);
  return out;
}
std::vector<int> f493(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 493);
  return out;
}
std::vector<int> f494(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 494);
  return out;
}
std::vector<int> f495(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 495);
  return out;
}
std::vector<int> f496(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 496);
  return out;
}
std::vector<int> f497(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 497);
  return out;
}
std::vector<int> f498(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 498);
  return out;
}
std::vector<int> f499(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 499);
  return out;
}
std::vector<int> f500(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 500);
  return out;
}
std::vector<int> f501(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 501);
  return out;
}
std::vector<int> f502(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 502);
  return out;
}
std::vector<int> f503(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 503);
  return out;
}
std::vector<int> f504(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 504);
  return out;
}
std::vector<int> f505(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 505);
  return out;
}
std::vector<int> f506(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 506);
  return out;
}
std::vector<int> f507(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 507);
  return out;
}
std::vector<int> f508(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 508);
  return out;
}
std::vector<int> f509(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 509);
  return out;
}
std::vector<int> f510(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 510);
  return out;
}
std::vector<int> f511(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 511);
  return out;
}
std::vector<int> f512(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 512);
  return out;
}
std::vector<int> f513(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 513);
  return out;
}
std::vector<int> f514(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 514);
  return out;
}
std::vector<int> f515(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 515);
  return out;
}
std::vector<int> f516(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 516);
  return out;
}
std::vector<int> f517(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 517);
  return out;
}
std::vector<int> f518(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 518);
  return out;
}
std::vector<int> f519(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 519);
  return out;
}
std::vector<int> f520(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 520);
  return out;
}
std::vector<int> f521(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 521);
  return out;
}
std::vector<int> f522(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 522);
  return out;
}
std::vector<int> f523(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 523);
  return out;
}
std::vector<int> f524(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 524);
  return out;
}
std::vector<int> f525(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 525);
  return out;
}
std::vector<int> f526(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 526);
  return out;
}
std::vector<int> f527(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 527);
  return out;
}
std::vector<int> f528(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 528);
  return out;
}
std::vector<int> f529(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 529);
  return out;
}
std::vector<int> f530(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 530);
  return out;
}
std::vector<int> f531(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 531);
  return out;
}
std::vector<int> f532(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 532);
  return out;
}
std::vector<int> f533(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 533);
  return out;
}
std::vector<int> f534(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 534);
  return out;
}
std::vector<int> f535(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 535);
  return out;
}
std::vector<int> f536(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 536);
  return out;
}
std::vector<int> f537(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 537);
  return out;
}
std::vector<int> f538(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 538);
  return out;
}
std::vector<int> f539(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 539);
  return out;
}
std::vector<int> f540(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 540);
  return out;
}
std::vector<int> f541(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 541);
  return out;
}
std::vector<int> f542(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 542);
  return out;
}
std::vector<int> f543(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 543);
  return out;
}
std::vector<int> f544(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 544);
  return out;
}
std::vector<int> f545(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 545);
  return out;
}
std::vector<int> f546(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 546);
  return out;
}
std::vector<int> f547(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 547);
  return out;
}
std::vector<int> f548(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 548);
  return out;
}
std::vector<int> f549(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 549);
  return out;
}
std::vector<int> f550(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 550);
  return out;
}
std::vector<int> f551(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 551);
  return out;
}
std::vector<int> f552(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 552);
  return out;
}
std::vector<int> f553(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 553);
  return out;
}
std::vector<int> f554(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 554);
  return out;
}
std::vector<int> f555(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 555);
  return out;
}
std::vector<int> f556(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 556);
  return out;
}
std::vector<int> f557(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 557);
  return out;
}
std::vector<int> f558(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 558);
  return out;
}
std::vector<int> f559(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 559);
  return out;
}
std::vector<int> f560(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 560);
  return out;
}
std::vector<int> f561(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 561);
  return out;
}
std::vector<int> f562(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 562);
  return out;
}
std::vector<int> f563(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 563);
  return out;
}
std::vector<int> f564(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 564);
  return out;
}
std::vector<int> f565(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 565);
  return out;
}
std::vector<int> f566(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 566);
  return out;
}
std::vector<int> f567(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 567);
  return out;
}
std::vector<int> f568(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 568);
  return out;
}
std::vector<int> f569(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 569);
  return out;
}
std::vector<int> f570(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 570);
  return out;
}
std::vector<int> f571(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 571);
  return out;
}
std::vector<int> f572(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 572);
  return out;
}
std::vector<int> f573(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 573);
  return out;
}
std::vector<int> f574(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 574);
  return out;
}
std::vector<int> f575(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 575);
  return out;
}
std::vector<int> f576(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 576);
  return out;
}
std::vector<int> f577(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 577);
  return out;
}
std::vector<int> f578(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 578);
  return out;
}
std::vector<int> f579(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 579);
  return out;
}
std::vector<int> f580(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 580);
  return out;
}
std::vector<int> f581(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 581);
  return out;
}
std::vector<int> f582(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 582);
  return out;
}
std::vector<int> f583(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 583);
  return out;
}
std::vector<int> f584(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 584);
  return out;
}
std::vector<int> f585(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 585);
  return out;
}
std::vector<int> f586(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 586);
  return out;
}
std::vector<int> f587(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 587);
  return out;
}
std::vector<int> f588(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 588);
  return out;
}
std::vector<int> f589(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 589);
  return out;
}
std::vector<int> f590(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 590);
  return out;
}
std::vector<int> f591(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 591);
  return out;
}
std::vector<int> f592(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 592);
  return out;
}
std::vector<int> f593(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 593);
  return out;
}
std::vector<int> f594(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 594);
  return out;
}
std::vector<int> f595(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 595);
  return out;
}
std::vector<int> f596(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 596);
  return out;
}
std::vector<int> f597(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 597);
  return out;
}
std::vector<int> f598(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 598);
  return out;
}
std::vector<int> f599(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 599);
  return out;
}
std::vector<int> f600(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 600);
  return out;
}
std::vector<int> f601(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 601);
  return out;
}
std::vector<int> f602(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 602);
  return out;
}
std::vector<int> f603(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 603);
  return out;
}
std::vector<int> f604(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 604);
  return out;
}
std::vector<int> f605(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 605);
  return out;
}
std::vector<int> f606(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 606);
  return out;
}
std::vector<int> f607(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 607);
  return out;
}
std::vector<int> f608(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 608);
  return out;
}
std::vector<int> f609(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 609);
  return out;
}
std::vector<int> f610(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 610);
  return out;
}
std::vector<int> f611(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 611);
  return out;
}
std::vector<int> f612(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 612);
  return out;
}
std::vector<int> f613(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 613);
  return out;
}
std::vector<int> f614(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 614);
  return out;
}
std::vector<int> f615(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 615);
  return out;
}
std::vector<int> f616(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 616);
  return out;
}
std::vector<int> f617(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 617);
  return out;
}
std::vector<int> f618(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 618);
  return out;
}
std::vector<int> f619(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 619);
  return out;
}
std::vector<int> f620(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 620);
  return out;
}
std::vector<int> f621(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 621);
  return out;
}
std::vector<int> f622(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 622);
  return out;
}
std::vector<int> f623(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 623);
  return out;
}
std::vector<int> f624(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 624);
  return out;
}
std::vector<int> f625(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 625);
  return out;
}
std::vector<int> f626(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 626);
  return out;
}
std::vector<int> f627(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 627);
  return out;
}
std::vector<int> f628(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 628);
  return out;
}
std::vector<int> f629(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 629);
  return out;
}
std::vector<int> f630(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 630);
  return out;
}
std::vector<int> f631(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 631);
  return out;
}
std::vector<int> f632(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 632);
  return out;
}
std::vector<int> f633(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 633);
  return out;
}
std::vector<int> f634(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 634);
  return out;
}
std::vector<int> f635(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 635);
  return out;
}
std::vector<int> f636(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 636);
  return out;
}
std::vector<int> f637(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 637);
  return out;
}
std::vector<int> f638(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 638);
  return out;
}
std::vector<int> f639(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 639);
  return out;
}
std::vector<int> f640(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 640);
  return out;
}
std::vector<int> f641(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 641);
  return out;
}
std::vector<int> f642(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 642);
  return out;
}
std::vector<int> f643(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 643);
  return out;
}
std::vector<int> f644(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 644);
  return out;
}
std::vector<int> f645(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 645);
  return out;
}
std::vector<int> f646(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 646);
  return out;
}
std::vector<int> f647(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 647);
  return out;
}
std::vector<int> f648(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 648);
  return out;
}
std::vector<int> f649(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 649);
  return out;
}
std::vector<int> f650(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 650);
  return out;
}
std::vector<int> f651(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 651);
  return out;
}
std::vector<int> f652(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 652);
  return out;
}
std::vector<int> f653(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 653);
  return out;
}
std::vector<int> f654(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 654);
  return out;
}
std::vector<int> f655(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 655);
  return out;
}
std::vector<int> f656(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 656);
  return out;
}
std::vector<int> f657(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 657);
  return out;
}
std::vector<int> f658(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 658);
  return out;
}
std::vector<int> f659(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 659);
  return out;
}
std::vector<int> f660(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 660);
  return out;
}
std::vector<int> f661(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 661);
  return out;
}
std::vector<int> f662(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 662);
  return out;
}
std::vector<int> f663(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 663);
  return out;
}
std::vector<int> f664(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 664);
  return out;
}
std::vector<int> f665(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 665);
  return out;
}
std::vector<int> f666(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 666);
  return out;
}
std::vector<int> f667(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 667);
  return out;
}
std::vector<int> f668(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 668);
  return out;
}
std::vector<int> f669(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 669);
  return out;
}
std::vector<int> f670(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 670);
  return out;
}
std::vector<int> f671(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 671);
  return out;
}
std::vector<int> f672(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 672);
  return out;
}
std::vector<int> f673(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 673);
  return out;
}
std::vector<int> f674(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 674);
  return out;
}
std::vector<int> f675(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 675);
  return out;
}
std::vector<int> f676(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 676);
  return out;
}
std::vector<int> f677(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 677);
  return out;
}
std::vector<int> f678(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 678);
  return out;
}
std::vector<int> f679(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 679);
  return out;
}
std::vector<int> f680(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 680);
  return out;
}
std::vector<int> f681(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 681);
  return out;
}
std::vector<int> f682(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 682);
  return out;
}
std::vector<int> f683(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 683);
  return out;
}
std::vector<int> f684(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 684);
  return out;
}
std::vector<int> f685(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 685);
  return out;
}
std::vector<int> f686(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 686);
  return out;
}
std::vector<int> f687(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 687);
  return out;
}
std::vector<int> f688(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 688);
  return out;
}
std::vector<int> f689(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 689);
  return out;
}
std::vector<int> f690(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 690);
  return out;
}
std::vector<int> f691(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 691);
  return out;
}
std::vector<int> f692(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 692);
  return out;
}
std::vector<int> f693(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 693);
  return out;
}
std::vector<int> f694(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 694);
  return out;
}
std::vector<int> f695(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 695);
  return out;
}
std::vector<int> f696(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 696);
  return out;
}
std::vector<int> f697(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 697);
  return out;
}
std::vector<int> f698(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 698);
  return out;
}
std::vector<int> f699(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 699);
  return out;
}
std::vector<int> f700(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 700);
  return out;
}
std::vector<int> f701(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 701);
  return out;
}
std::vector<int> f702(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 702);
  return out;
}
std::vector<int> f703(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 703);
  return out;
}
std::vector<int> f704(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 704);
  return out;
}
std::vector<int> f705(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 705);
  return out;
}
std::vector<int> f706(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 706);
  return out;
}
std::vector<int> f707(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 707);
  return out;
}
std::vector<int> f708(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 708);
  return out;
}
std::vector<int> f709(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 709);
  return out;
}
std::vector<int> f710(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 710);
  return out;
}
std::vector<int> f711(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 711);
  return out;
}
std::vector<int> f712(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 712);
  return out;
}
std::vector<int> f713(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 713);
  return out;
}
std::vector<int> f714(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 714);
  return out;
}
std::vector<int> f715(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 715);
  return out;
}
std::vector<int> f716(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 716);
  return out;
}
std::vector<int> f717(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 717);
  return out;
}
std::vector<int> f718(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 718);
  return out;
}
std::vector<int> f719(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 719);
  return out;
}
std::vector<int> f720(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 720);
  return out;
}
std::vector<int> f721(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 721);
  return out;
}
std::vector<int> f722(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 722);
  return out;
}
std::vector<int> f723(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 723);
  return out;
}
std::vector<int> f724(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 724);
  return out;
}
std::vector<int> f725(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 725);
  return out;
}
std::vector<int> f726(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 726);
  return out;
}
std::vector<int> f727(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 727);
  return out;
}
std::vector<int> f728(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 728);
  return out;
}
std::vector<int> f729(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 729);
  return out;
}
std::vector<int> f730(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 730);
  return out;
}
std::vector<int> f731(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 731);
  return out;
}
std::vector<int> f732(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 732);
  return out;
}
std::vector<int> f733(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 733);
  return out;
}
std::vector<int> f734(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 734);
  return out;
}
std::vector<int> f735(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 735);
  return out;
}
std::vector<int> f736(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 736);
  return out;
}
std::vector<int> f737(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 737);
  return out;
}
std::vector<int> f738(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 738);
  return out;
}
std::vector<int> f739(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 739);
  return out;
}
std::vector<int> f740(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 740);
  return out;
}
std::vector<int> f741(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 741);
  return out;
}
std::vector<int> f742(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 742);
  return out;
}
std::vector<int> f743(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 743);
  return out;
}
std::vector<int> f744(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 744);
  return out;
}
std::vector<int> f745(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 745);
  return out;
}
std::vector<int> f746(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 746);
  return out;
}
std::vector<int> f747(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 747);
  return out;
}
std::vector<int> f748(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 748);
  return out;
}
std::vector<int> f749(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 749);
  return out;
}
std::vector<int> f750(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 750);
  return out;
}
std::vector<int> f751(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 751);
  return out;
}
std::vector<int> f752(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 752);
  return out;
}
std::vector<int> f753(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 753);
  return out;
}
std::vector<int> f754(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 754);
  return out;
}
std::vector<int> f755(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 755);
  return out;
}
std::vector<int> f756(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 756);
  return out;
}
std::vector<int> f757(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 757);
  return out;
}
std::vector<int> f758(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 758);
  return out;
}
std::vector<int> f759(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 759);
  return out;
}
std::vector<int> f760(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 760);
  return out;
}
std::vector<int> f761(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 761);
  return out;
}
std::vector<int> f762(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 762);
  return out;
}
std::vector<int> f763(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 763);
  return out;
}
std::vector<int> f764(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 764);
  return out;
}
std::vector<int> f765(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 765);
  return out;
}
std::vector<int> f766(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 766);
  return out;
}
std::vector<int> f767(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 767);
  return out;
}
std::vector<int> f768(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 768);
  return out;
}
std::vector<int> f769(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 769);
  return out;
}
std::vector<int> f770(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 770);
  return out;
}
std::vector<int> f771(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 771);
  return out;
}
std::vector<int> f772(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 772);
  return out;
}
std::vector<int> f773(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 773);
  return out;
}
std::vector<int> f774(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 774);
  return out;
}
std::vector<int> f775(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 775);
  return out;
}
std::vector<int> f776(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 776);
  return out;
}
std::vector<int> f777(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 777);
  return out;
}
std::vector<int> f778(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 778);
  return out;
}
std::vector<int> f779(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 779);
  return out;
}
std::vector<int> f780(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 780);
  return out;
}
std::vector<int> f781(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 781);
  return out;
}
std::vector<int> f782(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 782);
  return out;
}
std::vector<int> f783(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 783);
  return out;
}
std::vector<int> f784(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 784);
  return out;
}
std::vector<int> f785(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 785);
  return out;
}
std::vector<int> f786(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 786);
  return out;
}
std::vector<int> f787(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 787);
  return out;
}
std::vector<int> f788(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 788);
  return out;
}
std::vector<int> f789(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 789);
  return out;
}
std::vector<int> f790(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 790);
  return out;
}
std::vector<int> f791(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 791);
  return out;
}
std::vector<int> f792(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 792);
  return out;
}
std::vector<int> f793(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 793);
  return out;
}
std::vector<int> f794(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 794);
  return out;
}
std::vector<int> f795(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 795);
  return out;
}
std::vector<int> f796(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 796);
  return out;
}
std::vector<int> f797(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 797);
  return out;
}
std::vector<int> f798(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 798);
  return out;
}
std::vector<int> f799(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 799);
  return out;
}
std::vector<int> f800(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 800);
  return out;
}
std::vector<int> f801(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 801);
  return out;
}
std::vector<int> f802(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 802);
  return out;
}
std::vector<int> f803(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 803);
  return out;
}
std::vector<int> f804(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 804);
  return out;
}
std::vector<int> f805(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 805);
  return out;
}
std::vector<int> f806(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 806);
  return out;
}
std::vector<int> f807(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 807);
  return out;
}
std::vector<int> f808(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 808);
  return out;
}
std::vector<int> f809(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 809);
  return out;
}
std::vector<int> f810(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 810);
  return out;
}
std::vector<int> f811(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 811);
  return out;
}
std::vector<int> f812(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 812);
  return out;
}
std::vector<int> f813(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 813);
  return out;
}
std::vector<int> f814(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 814);
  return out;
}
std::vector<int> f815(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 815);
  return out;
}
std::vector<int> f816(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 816);
  return out;
}
std::vector<int> f817(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 817);
  return out;
}
std::vector<int> f818(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 818);
  return out;
}
std::vector<int> f819(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 819);
  return out;
}
std::vector<int> f820(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 820);
  return out;
}
std::vector<int> f821(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 821);
  return out;
}
std::vector<int> f822(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 822);
  return out;
}
std::vector<int> f823(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 823);
  return out;
}
std::vector<int> f824(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 824);
  return out;
}
std::vector<int> f825(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 825);
  return out;
}
std::vector<int> f826(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 826);
  return out;
}
std::vector<int> f827(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 827);
  return out;
}
std::vector<int> f828(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 828);
  return out;
}
std::vector<int> f829(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 829);
  return out;
}
std::vector<int> f830(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 830);
  return out;
}
std::vector<int> f831(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 831);
  return out;
}
std::vector<int> f832(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 832);
  return out;
}
std::vector<int> f833(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 833);
  return out;
}
std::vector<int> f834(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 834);
  return out;
}
std::vector<int> f835(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 835);
  return out;
}
std::vector<int> f836(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 836);
  return out;
}
std::vector<int> f837(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 837);
  return out;
}
std::vector<int> f838(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 838);
  return out;
}
std::vector<int> f839(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 839);
  return out;
}
std::vector<int> f840(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 840);
  return out;
}
std::vector<int> f841(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 841);
  return out;
}
std::vector<int> f842(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 842);
  return out;
}
std::vector<int> f843(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 843);
  return out;
}
std::vector<int> f844(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 844);
  return out;
}
std::vector<int> f845(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 845);
  return out;
}
std::vector<int> f846(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 846);
  return out;
}
std::vector<int> f847(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 847);
  return out;
}
std::vector<int> f848(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 848);
  return out;
}
std::vector<int> f849(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 849);
  return out;
}
std::vector<int> f850(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 850);
  return out;
}
std::vector<int> f851(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 851);
  return out;
}
std::vector<int> f852(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 852);
  return out;
}
std::vector<int> f853(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 853);
  return out;
}
std::vector<int> f854(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 854);
  return out;
}
std::vector<int> f855(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 855);
  return out;
}
std::vector<int> f856(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 856);
  return out;
}
std::vector<int> f857(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 857);
  return out;
}
std::vector<int> f858(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 858);
  return out;
}
std::vector<int> f859(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 859);
  return out;
}
std::vector<int> f860(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 860);
  return out;
}
std::vector<int> f861(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 861);
  return out;
}
std::vector<int> f862(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 862);
  return out;
}
std::vector<int> f863(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 863);
  return out;
}
std::vector<int> f864(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 864);
  return out;
}
std::vector<int> f865(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 865);
  return out;
}
std::vector<int> f866(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 866);
  return out;
}
std::vector<int> f867(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 867);
  return out;
}
std::vector<int> f868(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 868);
  return out;
}
std::vector<int> f869(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 869);
  return out;
}
std::vector<int> f870(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 870);
  return out;
}
std::vector<int> f871(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 871);
  return out;
}
std::vector<int> f872(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 872);
  return out;
}
std::vector<int> f873(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 873);
  return out;
}
std::vector<int> f874(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 874);
  return out;
}
std::vector<int> f875(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 875);
  return out;
}
std::vector<int> f876(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 876);
  return out;
}
std::vector<int> f877(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 877);
  return out;
}
std::vector<int> f878(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 878);
  return out;
}
std::vector<int> f879(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 879);
  return out;
}
std::vector<int> f880(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 880);
  return out;
}
std::vector<int> f881(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 881);
  return out;
}
std::vector<int> f882(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 882);
  return out;
}
std::vector<int> f883(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 883);
  return out;
}
std::vector<int> f884(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 884);
  return out;
}
std::vector<int> f885(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 885);
  return out;
}
std::vector<int> f886(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 886);
  return out;
}
std::vector<int> f887(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 887);
  return out;
}
std::vector<int> f888(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 888);
  return out;
}
std::vector<int> f889(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 889);
  return out;
}
std::vector<int> f890(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 890);
  return out;
}
std::vector<int> f891(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 891);
  return out;
}
std::vector<int> f892(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 892);
  return out;
}
std::vector<int> f893(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 893);
  return out;
}
std::vector<int> f894(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 894);
  return out;
}
std::vector<int> f895(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 895);
  return out;
}
std::vector<int> f896(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 896);
  return out;
}
std::vector<int> f897(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 897);
  return out;
}
std::vector<int> f898(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 898);
  return out;
}
std::vector<int> f899(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 899);
  return out;
}
std::vector<int> f900(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 900);
  return out;
}
std::vector<int> f901(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 901);
  return out;
}
std::vector<int> f902(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 902);
  return out;
}
std::vector<int> f903(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 903);
  return out;
}
std::vector<int> f904(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 904);
  return out;
}
std::vector<int> f905(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 905);
  return out;
}
std::vector<int> f906(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 906);
  return out;
}
std::vector<int> f907(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 907);
  return out;
}
std::vector<int> f908(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 908);
  return out;
}
std::vector<int> f909(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 909);
  return out;
}
std::vector<int> f910(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 910);
  return out;
}
std::vector<int> f911(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 911);
  return out;
}
std::vector<int> f912(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 912);
  return out;
}
std::vector<int> f913(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 913);
  return out;
}
std::vector<int> f914(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 914);
  return out;
}
std::vector<int> f915(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 915);
  return out;
}
std::vector<int> f916(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 916);
  return out;
}
std::vector<int> f917(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 917);
  return out;
}
std::vector<int> f918(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 918);
  return out;
}
std::vector<int> f919(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 919);
  return out;
}
std::vector<int> f920(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 920);
  return out;
}
std::vector<int> f921(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 921);
  return out;
}
std::vector<int> f922(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 922);
  return out;
}
std::vector<int> f923(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 923);
  return out;
}
std::vector<int> f924(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 924);
  return out;
}
std::vector<int> f925(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 925);
  return out;
}
std::vector<int> f926(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 926);
  return out;
}
std::vector<int> f927(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 927);
  return out;
}
std::vector<int> f928(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 928);
  return out;
}
std::vector<int> f929(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 929);
  return out;
}
std::vector<int> f930(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 930);
  return out;
}
std::vector<int> f931(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 931);
  return out;
}
std::vector<int> f932(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 932);
  return out;
}
std::vector<int> f933(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 933);
  return out;
}
std::vector<int> f934(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 934);
  return out;
}
std::vector<int> f935(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 935);
  return out;
}
std::vector<int> f936(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 936);
  return out;
}
std::vector<int> f937(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 937);
  return out;
}
std::vector<int> f938(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 938);
  return out;
}
std::vector<int> f939(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 939);
  return out;
}
std::vector<int> f940(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 940);
  return out;
}
std::vector<int> f941(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 941);
  return out;
}
std::vector<int> f942(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 942);
  return out;
}
std::vector<int> f943(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 943);
  return out;
}
std::vector<int> f944(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 944);
  return out;
}
std::vector<int> f945(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 945);
  return out;
}
std::vector<int> f946(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 946);
  return out;
}
std::vector<int> f947(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 947);
  return out;
}
std::vector<int> f948(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 948);
  return out;
}
std::vector<int> f949(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 949);
  return out;
}
std::vector<int> f950(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 950);
  return out;
}
std::vector<int> f951(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 951);
  return out;
}
std::vector<int> f952(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 952);
  return out;
}
std::vector<int> f953(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 953);
  return out;
}
std::vector<int> f954(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 954);
  return out;
}
std::vector<int> f955(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 955);
  return out;
}
std::vector<int> f956(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 956);
  return out;
}
std::vector<int> f957(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 957);
  return out;
}
std::vector<int> f958(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 958);
  return out;
}
std::vector<int> f959(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 959);
  return out;
}
std::vector<int> f960(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 960);
  return out;
}
std::vector<int> f961(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 961);
  return out;
}
std::vector<int> f962(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 962);
  return out;
}
std::vector<int> f963(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 963);
  return out;
}
std::vector<int> f964(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 964);
  return out;
}
std::vector<int> f965(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 965);
  return out;
}
std::vector<int> f966(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 966);
  return out;
}
std::vector<int> f967(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 967);
  return out;
}
std::vector<int> f968(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 968);
  return out;
}
std::vector<int> f969(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 969);
  return out;
}
std::vector<int> f970(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 970);
  return out;
}
std::vector<int> f971(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 971);
  return out;
}
std::vector<int> f972(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 972);
  return out;
}
std::vector<int> f973(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 973);
  return out;
}
std::vector<int> f974(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 974);
  return out;
}
std::vector<int> f975(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 975);
  return out;
}
std::vector<int> f976(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 976);
  return out;
}
std::vector<int> f977(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 977);
  return out;
}
std::vector<int> f978(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 978);
  return out;
}
std::vector<int> f979(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 979);
  return out;
}
std::vector<int> f980(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 980);
  return out;
}
std::vector<int> f981(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 981);
  return out;
}
std::vector<int> f982(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 982);
  return out;
}
std::vector<int> f983(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 983);
  return out;
}
std::vector<int> f984(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 984);
  return out;
}
std::vector<int> f985(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 985);
  return out;
}
std::vector<int> f986(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 986);
  return out;
}
std::vector<int> f987(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 987);
  return out;
}
std::vector<int> f988(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 988);
  return out;
}
std::vector<int> f989(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 989);
  return out;
}
std::vector<int> f990(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 990);
  return out;
}
std::vector<int> f991(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 991);
  return out;
}
std::vector<int> f992(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 992);
  return out;
}
std::vector<int> f993(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 993);
  return out;
}
std::vector<int> f994(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 994);
  return out;
}
std::vector<int> f995(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 995);
  return out;
}
std::vector<int> f996(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 996);
  return out;
}
std::vector<int> f997(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 997);
  return out;
}
std::vector<int> f998(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 998);
  return out;
}
std::vector<int> f999(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 999);
  return out;
}
std::vector<int> f1000(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1000);
  return out;
}
std::vector<int> f1001(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1001);
  return out;
}
std::vector<int> f1002(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1002);
  return out;
}
std::vector<int> f1003(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1003);
  return out;
}
std::vector<int> f1004(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1004);
  return out;
}
std::vector<int> f1005(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1005);
  return out;
}
std::vector<int> f1006(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1006);
  return out;
}
std::vector<int> f1007(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1007);
  return out;
}
std::vector<int> f1008(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1008);
  return out;
}
std::vector<int> f1009(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1009);
  return out;
}
std::vector<int> f1010(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1010);
  return out;
}
std::vector<int> f1011(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1011);
  return out;
}
std::vector<int> f1012(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1012);
  return out;
}
std::vector<int> f1013(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1013);
  return out;
}
std::vector<int> f1014(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1014);
  return out;
}
std::vector<int> f1015(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1015);
  return out;
}
std::vector<int> f1016(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1016);
  return out;
}
std::vector<int> f1017(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1017);
  return out;
}
std::vector<int> f1018(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1018);
  return out;
}
std::vector<int> f1019(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1019);
  return out;
}
std::vector<int> f1020(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1020);
  return out;
}
std::vector<int> f1021(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1021);
  return out;
}
std::vector<int> f1022(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1022);
  return out;
}
std::vector<int> f1023(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1023);
  return out;
}
std::vector<int> f1024(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1024);
  return out;
}
std::vector<int> f1025(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1025);
  return out;
}
std::vector<int> f1026(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1026);
  return out;
}
std::vector<int> f1027(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1027);
  return out;
}
std::vector<int> f1028(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1028);
  return out;
}
std::vector<int> f1029(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1029);
  return out;
}
std::vector<int> f1030(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1030);
  return out;
}
std::vector<int> f1031(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1031);
  return out;
}
std::vector<int> f1032(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1032);
  return out;
}
std::vector<int> f1033(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1033);
  return out;
}
std::vector<int> f1034(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1034);
  return out;
}
std::vector<int> f1035(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1035);
  return out;
}
std::vector<int> f1036(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1036);
  return out;
}
std::vector<int> f1037(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1037);
  return out;
}
std::vector<int> f1038(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1038);
  return out;
}
std::vector<int> f1039(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1039);
  return out;
}
std::vector<int> f1040(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1040);
  return out;
}
std::vector<int> f1041(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1041);
  return out;
}
std::vector<int> f1042(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1042);
  return out;
}
std::vector<int> f1043(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1043);
  return out;
}
std::vector<int> f1044(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1044);
  return out;
}
std::vector<int> f1045(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1045);
  return out;
}
std::vector<int> f1046(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1046);
  return out;
}
std::vector<int> f1047(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1047);
  return out;
}
std::vector<int> f1048(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1048);
  return out;
}
std::vector<int> f1049(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1049);
  return out;
}
std::vector<int> f1050(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1050);
  return out;
}
std::vector<int> f1051(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1051);
  return out;
}
std::vector<int> f1052(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1052);
  return out;
}
std::vector<int> f1053(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1053);
  return out;
}
std::vector<int> f1054(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1054);
  return out;
}
std::vector<int> f1055(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1055);
  return out;
}
std::vector<int> f1056(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1056);
  return out;
}
std::vector<int> f1057(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1057);
  return out;
}
std::vector<int> f1058(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1058);
  return out;
}
std::vector<int> f1059(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1059);
  return out;
}
std::vector<int> f1060(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1060);
  return out;
}
std::vector<int> f1061(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1061);
  return out;
}
std::vector<int> f1062(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1062);
  return out;
}
std::vector<int> f1063(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1063);
  return out;
}
std::vector<int> f1064(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1064);
  return out;
}
std::vector<int> f1065(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1065);
  return out;
}
std::vector<int> f1066(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1066);
  return out;
}
std::vector<int> f1067(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1067);
  return out;
}
std::vector<int> f1068(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1068);
  return out;
}
std::vector<int> f1069(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1069);
  return out;
}
std::vector<int> f1070(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1070);
  return out;
}
std::vector<int> f1071(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1071);
  return out;
}
std::vector<int> f1072(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1072);
  return out;
}
std::vector<int> f1073(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1073);
  return out;
}
std::vector<int> f1074(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1074);
  return out;
}
std::vector<int> f1075(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1075);
  return out;
}
std::vector<int> f1076(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1076);
  return out;
}
std::vector<int> f1077(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1077);
  return out;
}
std::vector<int> f1078(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1078);
  return out;
}
std::vector<int> f1079(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1079);
  return out;
}
std::vector<int> f1080(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1080);
  return out;
}
std::vector<int> f1081(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1081);
  return out;
}
std::vector<int> f1082(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1082);
  return out;
}
std::vector<int> f1083(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1083);
  return out;
}
std::vector<int> f1084(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1084);
  return out;
}
std::vector<int> f1085(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1085);
  return out;
}
std::vector<int> f1086(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1086);
  return out;
}
std::vector<int> f1087(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1087);
  return out;
}
std::vector<int> f1088(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1088);
  return out;
}
std::vector<int> f1089(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1089);
  return out;
}
std::vector<int> f1090(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1090);
  return out;
}
std::vector<int> f1091(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1091);
  return out;
}
std::vector<int> f1092(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1092);
  return out;
}
std::vector<int> f1093(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1093);
  return out;
}
std::vector<int> f1094(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1094);
  return out;
}
std::vector<int> f1095(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1095);
  return out;
}
std::vector<int> f1096(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1096);
  return out;
}
std::vector<int> f1097(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1097);
  return out;
}
std::vector<int> f1098(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1098);
  return out;
}
std::vector<int> f1099(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1099);
  return out;
}
std::vector<int> f1100(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1100);
  return out;
}
std::vector<int> f1101(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1101);
  return out;
}
std::vector<int> f1102(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1102);
  return out;
}
std::vector<int> f1103(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1103);
  return out;
}
std::vector<int> f1104(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1104);
  return out;
}
std::vector<int> f1105(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1105);
  return out;
}
std::vector<int> f1106(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1106);
  return out;
}
std::vector<int> f1107(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1107);
  return out;
}
std::vector<int> f1108(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1108);
  return out;
}
std::vector<int> f1109(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1109);
  return out;
}
std::vector<int> f1110(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1110);
  return out;
}
std::vector<int> f1111(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1111);
  return out;
}
std::vector<int> f1112(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1112);
  return out;
}
std::vector<int> f1113(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1113);
  return out;
}
std::vector<int> f1114(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1114);
  return out;
}
std::vector<int> f1115(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1115);
  return out;
}
std::vector<int> f1116(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1116);
  return out;
}
std::vector<int> f1117(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1117);
  return out;
}
std::vector<int> f1118(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1118);
  return out;
}
std::vector<int> f1119(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1119);
  return out;
}
std::vector<int> f1120(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1120);
  return out;
}
std::vector<int> f1121(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1121);
  return out;
}
std::vector<int> f1122(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1122);
  return out;
}
std::vector<int> f1123(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1123);
  return out;
}
std::vector<int> f1124(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1124);
  return out;
}
std::vector<int> f1125(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1125);
  return out;
}
std::vector<int> f1126(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1126);
  return out;
}
std::vector<int> f1127(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1127);
  return out;
}
std::vector<int> f1128(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1128);
  return out;
}
std::vector<int> f1129(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1129);
  return out;
}
std::vector<int> f1130(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1130);
  return out;
}
std::vector<int> f1131(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1131);
  return out;
}
std::vector<int> f1132(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1132);
  return out;
}
std::vector<int> f1133(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1133);
  return out;
}
std::vector<int> f1134(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1134);
  return out;
}
std::vector<int> f1135(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1135);
  return out;
}
std::vector<int> f1136(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1136);
  return out;
}
std::vector<int> f1137(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1137);
  return out;
}
std::vector<int> f1138(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1138);
  return out;
}
std::vector<int> f1139(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1139);
  return out;
}
std::vector<int> f1140(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1140);
  return out;
}
std::vector<int> f1141(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1141);
  return out;
}
std::vector<int> f1142(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1142);
  return out;
}
std::vector<int> f1143(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1143);
  return out;
}
std::vector<int> f1144(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1144);
  return out;
}
std::vector<int> f1145(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1145);
  return out;
}
std::vector<int> f1146(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1146);
  return out;
}
std::vector<int> f1147(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1147);
  return out;
}
std::vector<int> f1148(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1148);
  return out;
}
std::vector<int> f1149(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1149);
  return out;
}
std::vector<int> f1150(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1150);
  return out;
}
std::vector<int> f1151(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1151);
  return out;
}
std::vector<int> f1152(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1152);
  return out;
}
std::vector<int> f1153(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1153);
  return out;
}
std::vector<int> f1154(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1154);
  return out;
}
std::vector<int> f1155(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1155);
  return out;
}
std::vector<int> f1156(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1156);
  return out;
}
std::vector<int> f1157(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1157);
  return out;
}
std::vector<int> f1158(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1158);
  return out;
}
std::vector<int> f1159(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1159);
  return out;
}
std::vector<int> f1160(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1160);
  return out;
}
std::vector<int> f1161(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1161);
  return out;
}
std::vector<int> f1162(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1162);
  return out;
}
std::vector<int> f1163(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1163);
  return out;
}
std::vector<int> f1164(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1164);
  return out;
}
std::vector<int> f1165(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1165);
  return out;
}
std::vector<int> f1166(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1166);
  return out;
}
std::vector<int> f1167(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1167);
  return out;
}
std::vector<int> f1168(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1168);
  return out;
}
std::vector<int> f1169(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1169);
  return out;
}
std::vector<int> f1170(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1170);
  return out;
}
std::vector<int> f1171(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1171);
  return out;
}
std::vector<int> f1172(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1172);
  return out;
}
std::vector<int> f1173(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1173);
  return out;
}
std::vector<int> f1174(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1174);
  return out;
}
std::vector<int> f1175(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1175);
  return out;
}
std::vector<int> f1176(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1176);
  return out;
}
std::vector<int> f1177(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1177);
  return out;
}
std::vector<int> f1178(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1178);
  return out;
}
std::vector<int> f1179(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1179);
  return out;
}
std::vector<int> f1180(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1180);
  return out;
}
std::vector<int> f1181(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1181);
  return out;
}
std::vector<int> f1182(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1182);
  return out;
}
std::vector<int> f1183(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1183);
  return out;
}
std::vector<int> f1184(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1184);
  return out;
}
std::vector<int> f1185(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1185);
  return out;
}
std::vector<int> f1186(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1186);
  return out;
}
std::vector<int> f1187(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1187);
  return out;
}
std::vector<int> f1188(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1188);
  return out;
}
std::vector<int> f1189(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1189);
  return out;
}
std::vector<int> f1190(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1190);
  return out;
}
std::vector<int> f1191(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1191);
  return out;
}
std::vector<int> f1192(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1192);
  return out;
}
std::vector<int> f1193(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1193);
  return out;
}
std::vector<int> f1194(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1194);
  return out;
}
std::vector<int> f1195(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1195);
  return out;
}
std::vector<int> f1196(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1196);
  return out;
}
std::vector<int> f1197(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1197);
  return out;
}
std::vector<int> f1198(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1198);
  return out;
}
std::vector<int> f1199(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1199);
  return out;
}
std::vector<int> f1200(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1200);
  return out;
}
std::vector<int> f1201(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1201);
  return out;
}
std::vector<int> f1202(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1202);
  return out;
}
std::vector<int> f1203(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1203);
  return out;
}
std::vector<int> f1204(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1204);
  return out;
}
std::vector<int> f1205(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1205);
  return out;
}
std::vector<int> f1206(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1206);
  return out;
}
std::vector<int> f1207(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1207);
  return out;
}
std::vector<int> f1208(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1208);
  return out;
}
std::vector<int> f1209(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1209);
  return out;
}
std::vector<int> f1210(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1210);
  return out;
}
std::vector<int> f1211(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1211);
  return out;
}
std::vector<int> f1212(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1212);
  return out;
}
std::vector<int> f1213(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1213);
  return out;
}
std::vector<int> f1214(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1214);
  return out;
}
std::vector<int> f1215(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1215);
  return out;
}
std::vector<int> f1216(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1216);
  return out;
}
std::vector<int> f1217(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1217);
  return out;
}
std::vector<int> f1218(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1218);
  return out;
}
std::vector<int> f1219(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1219);
  return out;
}
std::vector<int> f1220(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1220);
  return out;
}
std::vector<int> f1221(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1221);
  return out;
}
std::vector<int> f1222(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1222);
  return out;
}
std::vector<int> f1223(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1223);
  return out;
}
std::vector<int> f1224(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1224);
  return out;
}
std::vector<int> f1225(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1225);
  return out;
}
std::vector<int> f1226(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1226);
  return out;
}
std::vector<int> f1227(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1227);
  return out;
}
std::vector<int> f1228(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1228);
  return out;
}
std::vector<int> f1229(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1229);
  return out;
}
std::vector<int> f1230(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1230);
  return out;
}
std::vector<int> f1231(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1231);
  return out;
}
std::vector<int> f1232(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1232);
  return out;
}
std::vector<int> f1233(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1233);
  return out;
}
std::vector<int> f1234(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1234);
  return out;
}
std::vector<int> f1235(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1235);
  return out;
}
std::vector<int> f1236(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1236);
  return out;
}
std::vector<int> f1237(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1237);
  return out;
}
std::vector<int> f1238(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1238);
  return out;
}
std::vector<int> f1239(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1239);
  return out;
}
std::vector<int> f1240(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1240);
  return out;
}
std::vector<int> f1241(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1241);
  return out;
}
std::vector<int> f1242(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1242);
  return out;
}
std::vector<int> f1243(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1243);
  return out;
}
std::vector<int> f1244(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1244);
  return out;
}
std::vector<int> f1245(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1245);
  return out;
}
std::vector<int> f1246(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1246);
  return out;
}
std::vector<int> f1247(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1247);
  return out;
}
std::vector<int> f1248(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1248);
  return out;
}
std::vector<int> f1249(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1249);
  return out;
}
std::vector<int> f1250(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1250);
  return out;
}
std::vector<int> f1251(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1251);
  return out;
}
std::vector<int> f1252(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1252);
  return out;
}
std::vector<int> f1253(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1253);
  return out;
}
std::vector<int> f1254(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1254);
  return out;
}
std::vector<int> f1255(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1255);
  return out;
}
std::vector<int> f1256(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1256);
  return out;
}
std::vector<int> f1257(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1257);
  return out;
}
std::vector<int> f1258(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1258);
  return out;
}
std::vector<int> f1259(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1259);
  return out;
}
std::vector<int> f1260(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1260);
  return out;
}
std::vector<int> f1261(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1261);
  return out;
}
std::vector<int> f1262(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1262);
  return out;
}
std::vector<int> f1263(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1263);
  return out;
}
std::vector<int> f1264(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1264);
  return out;
}
std::vector<int> f1265(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1265);
  return out;
}
std::vector<int> f1266(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1266);
  return out;
}
std::vector<int> f1267(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1267);
  return out;
}
std::vector<int> f1268(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1268);
  return out;
}
std::vector<int> f1269(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1269);
  return out;
}
std::vector<int> f1270(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1270);
  return out;
}
std::vector<int> f1271(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1271);
  return out;
}
std::vector<int> f1272(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1272);
  return out;
}
std::vector<int> f1273(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1273);
  return out;
}
std::vector<int> f1274(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1274);
  return out;
}
std::vector<int> f1275(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1275);
  return out;
}
std::vector<int> f1276(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1276);
  return out;
}
std::vector<int> f1277(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1277);
  return out;
}
std::vector<int> f1278(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1278);
  return out;
}
std::vector<int> f1279(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1279);
  return out;
}
std::vector<int> f1280(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1280);
  return out;
}
std::vector<int> f1281(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1281);
  return out;
}
std::vector<int> f1282(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1282);
  return out;
}
std::vector<int> f1283(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1283);
  return out;
}
std::vector<int> f1284(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1284);
  return out;
}
std::vector<int> f1285(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1285);
  return out;
}
std::vector<int> f1286(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1286);
  return out;
}
std::vector<int> f1287(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1287);
  return out;
}
std::vector<int> f1288(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1288);
  return out;
}
std::vector<int> f1289(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1289);
  return out;
}
std::vector<int> f1290(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1290);
  return out;
}
std::vector<int> f1291(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1291);
  return out;
}
std::vector<int> f1292(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1292);
  return out;
}
std::vector<int> f1293(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1293);
  return out;
}
std::vector<int> f1294(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1294);
  return out;
}
std::vector<int> f1295(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1295);
  return out;
}
std::vector<int> f1296(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1296);
  return out;
}
std::vector<int> f1297(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1297);
  return out;
}
std::vector<int> f1298(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1298);
  return out;
}
std::vector<int> f1299(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1299);
  return out;
}
std::vector<int> f1300(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1300);
  return out;
}
std::vector<int> f1301(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1301);
  return out;
}
std::vector<int> f1302(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1302);
  return out;
}
std::vector<int> f1303(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1303);
  return out;
}
std::vector<int> f1304(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1304);
  return out;
}
std::vector<int> f1305(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1305);
  return out;
}
std::vector<int> f1306(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1306);
  return out;
}
std::vector<int> f1307(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1307);
  return out;
}
std::vector<int> f1308(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1308);
  return out;
}
std::vector<int> f1309(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1309);
  return out;
}
std::vector<int> f1310(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1310);
  return out;
}
std::vector<int> f1311(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1311);
  return out;
}
std::vector<int> f1312(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1312);
  return out;
}
std::vector<int> f1313(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1313);
  return out;
}
std::vector<int> f1314(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1314);
  return out;
}
std::vector<int> f1315(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1315);
  return out;
}
std::vector<int> f1316(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1316);
  return out;
}
std::vector<int> f1317(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1317);
  return out;
}
std::vector<int> f1318(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1318);
  return out;
}
std::vector<int> f1319(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1319);
  return out;
}
std::vector<int> f1320(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1320);
  return out;
}
std::vector<int> f1321(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1321);
  return out;
}
std::vector<int> f1322(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1322);
  return out;
}
std::vector<int> f1323(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1323);
  return out;
}
std::vector<int> f1324(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1324);
  return out;
}
std::vector<int> f1325(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1325);
  return out;
}
std::vector<int> f1326(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1326);
  return out;
}
std::vector<int> f1327(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1327);
  return out;
}
std::vector<int> f1328(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1328);
  return out;
}
std::vector<int> f1329(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1329);
  return out;
}
std::vector<int> f1330(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1330);
  return out;
}
std::vector<int> f1331(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1331);
  return out;
}
std::vector<int> f1332(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1332);
  return out;
}
std::vector<int> f1333(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1333);
  return out;
}
std::vector<int> f1334(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1334);
  return out;
}
std::vector<int> f1335(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1335);
  return out;
}
std::vector<int> f1336(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1336);
  return out;
}
std::vector<int> f1337(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1337);
  return out;
}
std::vector<int> f1338(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1338);
  return out;
}
std::vector<int> f1339(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1339);
  return out;
}
std::vector<int> f1340(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1340);
  return out;
}
std::vector<int> f1341(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1341);
  return out;
}
std::vector<int> f1342(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1342);
  return out;
}
std::vector<int> f1343(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1343);
  return out;
}
std::vector<int> f1344(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1344);
  return out;
}
std::vector<int> f1345(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1345);
  return out;
}
std::vector<int> f1346(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1346);
  return out;
}
std::vector<int> f1347(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1347);
  return out;
}
std::vector<int> f1348(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1348);
  return out;
}
std::vector<int> f1349(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1349);
  return out;
}
std::vector<int> f1350(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1350);
  return out;
}
std::vector<int> f1351(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1351);
  return out;
}
std::vector<int> f1352(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1352);
  return out;
}
std::vector<int> f1353(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1353);
  return out;
}
std::vector<int> f1354(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1354);
  return out;
}
std::vector<int> f1355(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1355);
  return out;
}
std::vector<int> f1356(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1356);
  return out;
}
std::vector<int> f1357(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1357);
  return out;
}
std::vector<int> f1358(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1358);
  return out;
}
std::vector<int> f1359(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1359);
  return out;
}
std::vector<int> f1360(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1360);
  return out;
}
std::vector<int> f1361(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1361);
  return out;
}
std::vector<int> f1362(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1362);
  return out;
}
std::vector<int> f1363(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1363);
  return out;
}
std::vector<int> f1364(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1364);
  return out;
}
std::vector<int> f1365(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1365);
  return out;
}
std::vector<int> f1366(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1366);
  return out;
}
std::vector<int> f1367(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1367);
  return out;
}
std::vector<int> f1368(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1368);
  return out;
}
std::vector<int> f1369(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1369);
  return out;
}
std::vector<int> f1370(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1370);
  return out;
}
std::vector<int> f1371(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1371);
  return out;
}
std::vector<int> f1372(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1372);
  return out;
}
std::vector<int> f1373(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1373);
  return out;
}
std::vector<int> f1374(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1374);
  return out;
}
std::vector<int> f1375(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1375);
  return out;
}
std::vector<int> f1376(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1376);
  return out;
}
std::vector<int> f1377(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1377);
  return out;
}
std::vector<int> f1378(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1378);
  return out;
}
std::vector<int> f1379(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1379);
  return out;
}
std::vector<int> f1380(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1380);
  return out;
}
std::vector<int> f1381(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1381);
  return out;
}
std::vector<int> f1382(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1382);
  return out;
}
std::vector<int> f1383(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1383);
  return out;
}
std::vector<int> f1384(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1384);
  return out;
}
std::vector<int> f1385(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1385);
  return out;
}
std::vector<int> f1386(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1386);
  return out;
}
std::vector<int> f1387(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1387);
  return out;
}
std::vector<int> f1388(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1388);
  return out;
}
std::vector<int> f1389(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1389);
  return out;
}
std::vector<int> f1390(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1390);
  return out;
}
std::vector<int> f1391(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1391);
  return out;
}
std::vector<int> f1392(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1392);
  return out;
}
std::vector<int> f1393(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1393);
  return out;
}
std::vector<int> f1394(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1394);
  return out;
}
std::vector<int> f1395(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1395);
  return out;
}
std::vector<int> f1396(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1396);
  return out;
}
std::vector<int> f1397(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1397);
  return out;
}
std::vector<int> f1398(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1398);
  return out;
}
std::vector<int> f1399(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1399);
  return out;
}
std::vector<int> f1400(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1400);
  return out;
}
std::vector<int> f1401(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1401);
  return out;
}
std::vector<int> f1402(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1402);
  return out;
}
std::vector<int> f1403(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1403);
  return out;
}
std::vector<int> f1404(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1404);
  return out;
}
std::vector<int> f1405(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1405);
  return out;
}
std::vector<int> f1406(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1406);
  return out;
}
std::vector<int> f1407(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1407);
  return out;
}
std::vector<int> f1408(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1408);
  return out;
}
std::vector<int> f1409(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1409);
  return out;
}
std::vector<int> f1410(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1410);
  return out;
}
std::vector<int> f1411(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1411);
  return out;
}
std::vector<int> f1412(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1412);
  return out;
}
std::vector<int> f1413(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1413);
  return out;
}
std::vector<int> f1414(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1414);
  return out;
}
std::vector<int> f1415(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1415);
  return out;
}
std::vector<int> f1416(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1416);
  return out;
}
std::vector<int> f1417(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1417);
  return out;
}
std::vector<int> f1418(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1418);
  return out;
}
std::vector<int> f1419(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1419);
  return out;
}
std::vector<int> f1420(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1420);
  return out;
}
std::vector<int> f1421(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1421);
  return out;
}
std::vector<int> f1422(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1422);
  return out;
}
std::vector<int> f1423(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1423);
  return out;
}
std::vector<int> f1424(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1424);
  return out;
}
std::vector<int> f1425(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1425);
  return out;
}
std::vector<int> f1426(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1426);
  return out;
}
std::vector<int> f1427(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1427);
  return out;
}
std::vector<int> f1428(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1428);
  return out;
}
std::vector<int> f1429(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1429);
  return out;
}
std::vector<int> f1430(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1430);
  return out;
}
std::vector<int> f1431(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1431);
  return out;
}
std::vector<int> f1432(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1432);
  return out;
}
std::vector<int> f1433(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1433);
  return out;
}
std::vector<int> f1434(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1434);
  return out;
}
std::vector<int> f1435(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1435);
  return out;
}
std::vector<int> f1436(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1436);
  return out;
}
std::vector<int> f1437(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1437);
  return out;
}
std::vector<int> f1438(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1438);
  return out;
}
std::vector<int> f1439(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1439);
  return out;
}
std::vector<int> f1440(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1440);
  return out;
}
std::vector<int> f1441(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1441);
  return out;
}
std::vector<int> f1442(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1442);
  return out;
}
std::vector<int> f1443(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1443);
  return out;
}
std::vector<int> f1444(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1444);
  return out;
}
std::vector<int> f1445(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1445);
  return out;
}
std::vector<int> f1446(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1446);
  return out;
}
std::vector<int> f1447(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1447);
  return out;
}
std::vector<int> f1448(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1448);
  return out;
}
std::vector<int> f1449(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1449);
  return out;
}
std::vector<int> f1450(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1450);
  return out;
}
std::vector<int> f1451(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1451);
  return out;
}
std::vector<int> f1452(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1452);
  return out;
}
std::vector<int> f1453(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1453);
  return out;
}
std::vector<int> f1454(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1454);
  return out;
}
std::vector<int> f1455(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1455);
  return out;
}
std::vector<int> f1456(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1456);
  return out;
}
std::vector<int> f1457(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1457);
  return out;
}
std::vector<int> f1458(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1458);
  return out;
}
std::vector<int> f1459(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1459);
  return out;
}
std::vector<int> f1460(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1460);
  return out;
}
std::vector<int> f1461(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1461);
  return out;
}
std::vector<int> f1462(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1462);
  return out;
}
std::vector<int> f1463(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1463);
  return out;
}
std::vector<int> f1464(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1464);
  return out;
}
std::vector<int> f1465(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1465);
  return out;
}
std::vector<int> f1466(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1466);
  return out;
}
std::vector<int> f1467(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1467);
  return out;
}
std::vector<int> f1468(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1468);
  return out;
}
std::vector<int> f1469(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1469);
  return out;
}
std::vector<int> f1470(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1470);
  return out;
}
std::vector<int> f1471(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1471);
  return out;
}
std::vector<int> f1472(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1472);
  return out;
}
std::vector<int> f1473(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1473);
  return out;
}
std::vector<int> f1474(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1474);
  return out;
}
std::vector<int> f1475(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1475);
  return out;
}
std::vector<int> f1476(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1476);
  return out;
}
std::vector<int> f1477(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1477);
  return out;
}
std::vector<int> f1478(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1478);
  return out;
}
std::vector<int> f1479(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1479);
  return out;
}
std::vector<int> f1480(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1480);
  return out;
}
std::vector<int> f1481(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1481);
  return out;
}
std::vector<int> f1482(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1482);
  return out;
}
std::vector<int> f1483(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1483);
  return out;
}
std::vector<int> f1484(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1484);
  return out;
}
std::vector<int> f1485(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1485);
  return out;
}
std::vector<int> f1486(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1486);
  return out;
}
std::vector<int> f1487(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1487);
  return out;
}
std::vector<int> f1488(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1488);
  return out;
}
std::vector<int> f1489(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1489);
  return out;
}
std::vector<int> f1490(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1490);
  return out;
}
std::vector<int> f1491(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1491);
  return out;
}
std::vector<int> f1492(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1492);
  return out;
}
std::vector<int> f1493(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1493);
  return out;
}
std::vector<int> f1494(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1494);
  return out;
}
std::vector<int> f1495(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1495);
  return out;
}
std::vector<int> f1496(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1496);
  return out;
}
std::vector<int> f1497(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1497);
  return out;
}
std::vector<int> f1498(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1498);
  return out;
}
std::vector<int> f1499(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1499);
  return out;
}
std::vector<int> f1500(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1500);
  return out;
}
std::vector<int> f1501(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1501);
  return out;
}
std::vector<int> f1502(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1502);
  return out;
}
std::vector<int> f1503(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1503);
  return out;
}
std::vector<int> f1504(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1504);
  return out;
}
std::vector<int> f1505(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1505);
  return out;
}
std::vector<int> f1506(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1506);
  return out;
}
std::vector<int> f1507(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1507);
  return out;
}
std::vector<int> f1508(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1508);
  return out;
}
std::vector<int> f1509(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1509);
  return out;
}
std::vector<int> f1510(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1510);
  return out;
}
std::vector<int> f1511(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1511);
  return out;
}
std::vector<int> f1512(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1512);
  return out;
}
std::vector<int> f1513(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1513);
  return out;
}
std::vector<int> f1514(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1514);
  return out;
}
std::vector<int> f1515(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1515);
  return out;
}
std::vector<int> f1516(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1516);
  return out;
}
std::vector<int> f1517(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1517);
  return out;
}
std::vector<int> f1518(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1518);
  return out;
}
std::vector<int> f1519(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1519);
  return out;
}
std::vector<int> f1520(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1520);
  return out;
}
std::vector<int> f1521(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1521);
  return out;
}
std::vector<int> f1522(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1522);
  return out;
}
std::vector<int> f1523(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1523);
  return out;
}
std::vector<int> f1524(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1524);
  return out;
}
std::vector<int> f1525(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1525);
  return out;
}
std::vector<int> f1526(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1526);
  return out;
}
std::vector<int> f1527(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1527);
  return out;
}
std::vector<int> f1528(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1528);
  return out;
}
std::vector<int> f1529(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1529);
  return out;
}
std::vector<int> f1530(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1530);
  return out;
}
std::vector<int> f1531(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1531);
  return out;
}
std::vector<int> f1532(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1532);
  return out;
}
std::vector<int> f1533(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1533);
  return out;
}
std::vector<int> f1534(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1534);
  return out;
}
std::vector<int> f1535(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1535);
  return out;
}
std::vector<int> f1536(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1536);
  return out;
}
std::vector<int> f1537(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1537);
  return out;
}
std::vector<int> f1538(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1538);
  return out;
}
std::vector<int> f1539(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1539);
  return out;
}
std::vector<int> f1540(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1540);
  return out;
}
std::vector<int> f1541(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1541);
  return out;
}
std::vector<int> f1542(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1542);
  return out;
}
std::vector<int> f1543(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1543);
  return out;
}
std::vector<int> f1544(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1544);
  return out;
}
std::vector<int> f1545(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1545);
  return out;
}
std::vector<int> f1546(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1546);
  return out;
}
std::vector<int> f1547(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1547);
  return out;
}
std::vector<int> f1548(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1548);
  return out;
}
std::vector<int> f1549(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1549);
  return out;
}
std::vector<int> f1550(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1550);
  return out;
}
std::vector<int> f1551(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1551);
  return out;
}
std::vector<int> f1552(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1552);
  return out;
}
std::vector<int> f1553(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1553);
  return out;
}
std::vector<int> f1554(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1554);
  return out;
}
std::vector<int> f1555(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1555);
  return out;
}
std::vector<int> f1556(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1556);
  return out;
}
std::vector<int> f1557(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1557);
  return out;
}
std::vector<int> f1558(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1558);
  return out;
}
std::vector<int> f1559(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1559);
  return out;
}
std::vector<int> f1560(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1560);
  return out;
}
std::vector<int> f1561(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1561);
  return out;
}
std::vector<int> f1562(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1562);
  return out;
}
std::vector<int> f1563(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1563);
  return out;
}
std::vector<int> f1564(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1564);
  return out;
}
std::vector<int> f1565(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1565);
  return out;
}
std::vector<int> f1566(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1566);
  return out;
}
std::vector<int> f1567(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1567);
  return out;
}
std::vector<int> f1568(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1568);
  return out;
}
std::vector<int> f1569(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1569);
  return out;
}
std::vector<int> f1570(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1570);
  return out;
}
std::vector<int> f1571(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1571);
  return out;
}
std::vector<int> f1572(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1572);
  return out;
}
std::vector<int> f1573(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1573);
  return out;
}
std::vector<int> f1574(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1574);
  return out;
}
std::vector<int> f1575(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1575);
  return out;
}
std::vector<int> f1576(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1576);
  return out;
}
std::vector<int> f1577(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1577);
  return out;
}
std::vector<int> f1578(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1578);
  return out;
}
std::vector<int> f1579(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1579);
  return out;
}
std::vector<int> f1580(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1580);
  return out;
}
std::vector<int> f1581(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1581);
  return out;
}
std::vector<int> f1582(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1582);
  return out;
}
std::vector<int> f1583(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1583);
  return out;
}
std::vector<int> f1584(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1584);
  return out;
}
std::vector<int> f1585(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1585);
  return out;
}
std::vector<int> f1586(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1586);
  return out;
}
std::vector<int> f1587(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1587);
  return out;
}
std::vector<int> f1588(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1588);
  return out;
}
std::vector<int> f1589(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1589);
  return out;
}
std::vector<int> f1590(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1590);
  return out;
}
std::vector<int> f1591(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1591);
  return out;
}
std::vector<int> f1592(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1592);
  return out;
}
std::vector<int> f1593(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1593);
  return out;
}
std::vector<int> f1594(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1594);
  return out;
}
std::vector<int> f1595(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1595);
  return out;
}
std::vector<int> f1596(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1596);
  return out;
}
std::vector<int> f1597(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1597);
  return out;
}
std::vector<int> f1598(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1598);
  return out;
}
std::vector<int> f1599(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1599);
  return out;
}
std::vector<int> f1600(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1600);
  return out;
}
std::vector<int> f1601(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1601);
  return out;
}
std::vector<int> f1602(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1602);
  return out;
}
std::vector<int> f1603(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1603);
  return out;
}
std::vector<int> f1604(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1604);
  return out;
}
std::vector<int> f1605(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1605);
  return out;
}
std::vector<int> f1606(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1606);
  return out;
}
std::vector<int> f1607(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1607);
  return out;
}
std::vector<int> f1608(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1608);
  return out;
}
std::vector<int> f1609(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1609);
  return out;
}
std::vector<int> f1610(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1610);
  return out;
}
std::vector<int> f1611(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1611);
  return out;
}
std::vector<int> f1612(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1612);
  return out;
}
std::vector<int> f1613(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1613);
  return out;
}
std::vector<int> f1614(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1614);
  return out;
}
std::vector<int> f1615(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1615);
  return out;
}
std::vector<int> f1616(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1616);
  return out;
}
std::vector<int> f1617(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1617);
  return out;
}
std::vector<int> f1618(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1618);
  return out;
}
std::vector<int> f1619(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1619);
  return out;
}
std::vector<int> f1620(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1620);
  return out;
}
std::vector<int> f1621(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1621);
  return out;
}
std::vector<int> f1622(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1622);
  return out;
}
std::vector<int> f1623(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1623);
  return out;
}
std::vector<int> f1624(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1624);
  return out;
}
std::vector<int> f1625(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1625);
  return out;
}
std::vector<int> f1626(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1626);
  return out;
}
std::vector<int> f1627(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1627);
  return out;
}
std::vector<int> f1628(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1628);
  return out;
}
std::vector<int> f1629(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1629);
  return out;
}
std::vector<int> f1630(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1630);
  return out;
}
std::vector<int> f1631(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1631);
  return out;
}
std::vector<int> f1632(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1632);
  return out;
}
std::vector<int> f1633(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1633);
  return out;
}
std::vector<int> f1634(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1634);
  return out;
}
std::vector<int> f1635(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1635);
  return out;
}
std::vector<int> f1636(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1636);
  return out;
}
std::vector<int> f1637(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1637);
  return out;
}
std::vector<int> f1638(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1638);
  return out;
}
std::vector<int> f1639(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1639);
  return out;
}
std::vector<int> f1640(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1640);
  return out;
}
std::vector<int> f1641(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1641);
  return out;
}
std::vector<int> f1642(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1642);
  return out;
}
std::vector<int> f1643(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1643);
  return out;
}
std::vector<int> f1644(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1644);
  return out;
}
std::vector<int> f1645(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1645);
  return out;
}
std::vector<int> f1646(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1646);
  return out;
}
std::vector<int> f1647(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1647);
  return out;
}
std::vector<int> f1648(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1648);
  return out;
}
std::vector<int> f1649(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1649);
  return out;
}
std::vector<int> f1650(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1650);
  return out;
}
std::vector<int> f1651(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1651);
  return out;
}
std::vector<int> f1652(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1652);
  return out;
}
std::vector<int> f1653(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1653);
  return out;
}
std::vector<int> f1654(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1654);
  return out;
}
std::vector<int> f1655(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1655);
  return out;
}
std::vector<int> f1656(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1656);
  return out;
}
std::vector<int> f1657(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1657);
  return out;
}
std::vector<int> f1658(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1658);
  return out;
}
std::vector<int> f1659(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1659);
  return out;
}
std::vector<int> f1660(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1660);
  return out;
}
std::vector<int> f1661(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1661);
  return out;
}
std::vector<int> f1662(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1662);
  return out;
}
std::vector<int> f1663(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1663);
  return out;
}
std::vector<int> f1664(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1664);
  return out;
}
std::vector<int> f1665(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1665);
  return out;
}
std::vector<int> f1666(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1666);
  return out;
}
std::vector<int> f1667(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1667);
  return out;
}
std::vector<int> f1668(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1668);
  return out;
}
std::vector<int> f1669(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1669);
  return out;
}
std::vector<int> f1670(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1670);
  return out;
}
std::vector<int> f1671(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1671);
  return out;
}
std::vector<int> f1672(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1672);
  return out;
}
std::vector<int> f1673(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1673);
  return out;
}
std::vector<int> f1674(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1674);
  return out;
}
std::vector<int> f1675(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1675);
  return out;
}
std::vector<int> f1676(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1676);
  return out;
}
std::vector<int> f1677(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1677);
  return out;
}
std::vector<int> f1678(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1678);
  return out;
}
std::vector<int> f1679(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1679);
  return out;
}
std::vector<int> f1680(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1680);
  return out;
}
std::vector<int> f1681(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1681);
  return out;
}
std::vector<int> f1682(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1682);
  return out;
}
std::vector<int> f1683(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1683);
  return out;
}
std::vector<int> f1684(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1684);
  return out;
}
std::vector<int> f1685(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1685);
  return out;
}
std::vector<int> f1686(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1686);
  return out;
}
std::vector<int> f1687(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1687);
  return out;
}
std::vector<int> f1688(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1688);
  return out;
}
std::vector<int> f1689(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1689);
  return out;
}
std::vector<int> f1690(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1690);
  return out;
}
std::vector<int> f1691(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1691);
  return out;
}
std::vector<int> f1692(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1692);
  return out;
}
std::vector<int> f1693(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1693);
  return out;
}
std::vector<int> f1694(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1694);
  return out;
}
std::vector<int> f1695(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1695);
  return out;
}
std::vector<int> f1696(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1696);
  return out;
}
std::vector<int> f1697(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1697);
  return out;
}
std::vector<int> f1698(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1698);
  return out;
}
std::vector<int> f1699(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1699);
  return out;
}
std::vector<int> f1700(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1700);
  return out;
}
std::vector<int> f1701(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1701);
  return out;
}
std::vector<int> f1702(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1702);
  return out;
}
std::vector<int> f1703(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1703);
  return out;
}
std::vector<int> f1704(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1704);
  return out;
}
std::vector<int> f1705(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1705);
  return out;
}
std::vector<int> f1706(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1706);
  return out;
}
std::vector<int> f1707(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1707);
  return out;
}
std::vector<int> f1708(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1708);
  return out;
}
std::vector<int> f1709(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1709);
  return out;
}
std::vector<int> f1710(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1710);
  return out;
}
std::vector<int> f1711(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1711);
  return out;
}
std::vector<int> f1712(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1712);
  return out;
}
std::vector<int> f1713(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1713);
  return out;
}
std::vector<int> f1714(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1714);
  return out;
}
std::vector<int> f1715(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1715);
  return out;
}
std::vector<int> f1716(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1716);
  return out;
}
std::vector<int> f1717(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1717);
  return out;
}
std::vector<int> f1718(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1718);
  return out;
}
std::vector<int> f1719(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1719);
  return out;
}
std::vector<int> f1720(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1720);
  return out;
}
std::vector<int> f1721(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1721);
  return out;
}
std::vector<int> f1722(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1722);
  return out;
}
std::vector<int> f1723(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1723);
  return out;
}
std::vector<int> f1724(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1724);
  return out;
}
std::vector<int> f1725(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1725);
  return out;
}
std::vector<int> f1726(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1726);
  return out;
}
std::vector<int> f1727(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1727);
  return out;
}
std::vector<int> f1728(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1728);
  return out;
}
std::vector<int> f1729(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1729);
  return out;
}
std::vector<int> f1730(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1730);
  return out;
}
std::vector<int> f1731(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1731);
  return out;
}
std::vector<int> f1732(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1732);
  return out;
}
std::vector<int> f1733(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1733);
  return out;
}
std::vector<int> f1734(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1734);
  return out;
}
std::vector<int> f1735(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1735);
  return out;
}
std::vector<int> f1736(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1736);
  return out;
}
std::vector<int> f1737(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1737);
  return out;
}
std::vector<int> f1738(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1738);
  return out;
}
std::vector<int> f1739(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1739);
  return out;
}
std::vector<int> f1740(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1740);
  return out;
}
std::vector<int> f1741(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1741);
  return out;
}
std::vector<int> f1742(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1742);
  return out;
}
std::vector<int> f1743(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1743);
  return out;
}
std::vector<int> f1744(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1744);
  return out;
}
std::vector<int> f1745(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1745);
  return out;
}
std::vector<int> f1746(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1746);
  return out;
}
std::vector<int> f1747(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1747);
  return out;
}
std::vector<int> f1748(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1748);
  return out;
}
std::vector<int> f1749(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1749);
  return out;
}
std::vector<int> f1750(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1750);
  return out;
}
std::vector<int> f1751(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1751);
  return out;
}
std::vector<int> f1752(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1752);
  return out;
}
std::vector<int> f1753(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1753);
  return out;
}
std::vector<int> f1754(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1754);
  return out;
}
std::vector<int> f1755(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1755);
  return out;
}
std::vector<int> f1756(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1756);
  return out;
}
std::vector<int> f1757(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1757);
  return out;
}
std::vector<int> f1758(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1758);
  return out;
}
std::vector<int> f1759(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1759);
  return out;
}
std::vector<int> f1760(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1760);
  return out;
}
std::vector<int> f1761(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1761);
  return out;
}
std::vector<int> f1762(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1762);
  return out;
}
std::vector<int> f1763(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1763);
  return out;
}
std::vector<int> f1764(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1764);
  return out;
}
std::vector<int> f1765(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1765);
  return out;
}
std::vector<int> f1766(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1766);
  return out;
}
std::vector<int> f1767(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1767);
  return out;
}
std::vector<int> f1768(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1768);
  return out;
}
std::vector<int> f1769(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1769);
  return out;
}
std::vector<int> f1770(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1770);
  return out;
}
std::vector<int> f1771(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1771);
  return out;
}
std::vector<int> f1772(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1772);
  return out;
}
std::vector<int> f1773(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1773);
  return out;
}
std::vector<int> f1774(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1774);
  return out;
}
std::vector<int> f1775(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1775);
  return out;
}
std::vector<int> f1776(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1776);
  return out;
}
std::vector<int> f1777(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1777);
  return out;
}
std::vector<int> f1778(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1778);
  return out;
}
std::vector<int> f1779(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1779);
  return out;
}
std::vector<int> f1780(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1780);
  return out;
}
std::vector<int> f1781(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1781);
  return out;
}
std::vector<int> f1782(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1782);
  return out;
}
std::vector<int> f1783(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1783);
  return out;
}
std::vector<int> f1784(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1784);
  return out;
}
std::vector<int> f1785(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1785);
  return out;
}
std::vector<int> f1786(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1786);
  return out;
}
std::vector<int> f1787(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1787);
  return out;
}
std::vector<int> f1788(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1788);
  return out;
}
std::vector<int> f1789(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1789);
  return out;
}
std::vector<int> f1790(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1790);
  return out;
}
std::vector<int> f1791(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1791);
  return out;
}
std::vector<int> f1792(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1792);
  return out;
}
std::vector<int> f1793(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1793);
  return out;
}
std::vector<int> f1794(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1794);
  return out;
}
std::vector<int> f1795(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1795);
  return out;
}
std::vector<int> f1796(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1796);
  return out;
}
std::vector<int> f1797(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1797);
  return out;
}
std::vector<int> f1798(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1798);
  return out;
}
std::vector<int> f1799(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1799);
  return out;
}
std::vector<int> f1800(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1800);
  return out;
}
std::vector<int> f1801(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1801);
  return out;
}
std::vector<int> f1802(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1802);
  return out;
}
std::vector<int> f1803(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1803);
  return out;
}
std::vector<int> f1804(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1804);
  return out;
}
std::vector<int> f1805(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1805);
  return out;
}
std::vector<int> f1806(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1806);
  return out;
}
std::vector<int> f1807(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1807);
  return out;
}
std::vector<int> f1808(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1808);
  return out;
}
std::vector<int> f1809(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1809);
  return out;
}
std::vector<int> f1810(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1810);
  return out;
}
std::vector<int> f1811(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1811);
  return out;
}
std::vector<int> f1812(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1812);
  return out;
}
std::vector<int> f1813(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1813);
  return out;
}
std::vector<int> f1814(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1814);
  return out;
}
std::vector<int> f1815(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1815);
  return out;
}
std::vector<int> f1816(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1816);
  return out;
}
std::vector<int> f1817(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1817);
  return out;
}
std::vector<int> f1818(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1818);
  return out;
}
std::vector<int> f1819(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1819);
  return out;
}
std::vector<int> f1820(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1820);
  return out;
}
std::vector<int> f1821(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1821);
  return out;
}
std::vector<int> f1822(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1822);
  return out;
}
std::vector<int> f1823(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1823);
  return out;
}
std::vector<int> f1824(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1824);
  return out;
}
std::vector<int> f1825(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1825);
  return out;
}
std::vector<int> f1826(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1826);
  return out;
}
std::vector<int> f1827(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1827);
  return out;
}
std::vector<int> f1828(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1828);
  return out;
}
std::vector<int> f1829(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1829);
  return out;
}
std::vector<int> f1830(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1830);
  return out;
}
std::vector<int> f1831(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1831);
  return out;
}
std::vector<int> f1832(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1832);
  return out;
}
std::vector<int> f1833(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1833);
  return out;
}
std::vector<int> f1834(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1834);
  return out;
}
std::vector<int> f1835(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1835);
  return out;
}
std::vector<int> f1836(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1836);
  return out;
}
std::vector<int> f1837(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1837);
  return out;
}
std::vector<int> f1838(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1838);
  return out;
}
std::vector<int> f1839(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1839);
  return out;
}
std::vector<int> f1840(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1840);
  return out;
}
std::vector<int> f1841(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1841);
  return out;
}
std::vector<int> f1842(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1842);
  return out;
}
std::vector<int> f1843(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1843);
  return out;
}
std::vector<int> f1844(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1844);
  return out;
}
std::vector<int> f1845(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1845);
  return out;
}
std::vector<int> f1846(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1846);
  return out;
}
std::vector<int> f1847(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1847);
  return out;
}
std::vector<int> f1848(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1848);
  return out;
}
std::vector<int> f1849(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1849);
  return out;
}
std::vector<int> f1850(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1850);
  return out;
}
std::vector<int> f1851(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1851);
  return out;
}
std::vector<int> f1852(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1852);
  return out;
}
std::vector<int> f1853(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1853);
  return out;
}
std::vector<int> f1854(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1854);
  return out;
}
std::vector<int> f1855(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1855);
  return out;
}
std::vector<int> f1856(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1856);
  return out;
}
std::vector<int> f1857(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1857);
  return out;
}
std::vector<int> f1858(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1858);
  return out;
}
std::vector<int> f1859(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1859);
  return out;
}
std::vector<int> f1860(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1860);
  return out;
}
std::vector<int> f1861(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1861);
  return out;
}
std::vector<int> f1862(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1862);
  return out;
}
std::vector<int> f1863(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1863);
  return out;
}
std::vector<int> f1864(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1864);
  return out;
}
std::vector<int> f1865(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1865);
  return out;
}
std::vector<int> f1866(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1866);
  return out;
}
std::vector<int> f1867(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1867);
  return out;
}
std::vector<int> f1868(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1868);
  return out;
}
std::vector<int> f1869(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1869);
  return out;
}
std::vector<int> f1870(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1870);
  return out;
}
std::vector<int> f1871(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1871);
  return out;
}
std::vector<int> f1872(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1872);
  return out;
}
std::vector<int> f1873(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1873);
  return out;
}
std::vector<int> f1874(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1874);
  return out;
}
std::vector<int> f1875(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1875);
  return out;
}
std::vector<int> f1876(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1876);
  return out;
}
std::vector<int> f1877(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1877);
  return out;
}
std::vector<int> f1878(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1878);
  return out;
}
std::vector<int> f1879(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1879);
  return out;
}
std::vector<int> f1880(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1880);
  return out;
}
std::vector<int> f1881(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1881);
  return out;
}
std::vector<int> f1882(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1882);
  return out;
}
std::vector<int> f1883(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1883);
  return out;
}
std::vector<int> f1884(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1884);
  return out;
}
std::vector<int> f1885(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1885);
  return out;
}
std::vector<int> f1886(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1886);
  return out;
}
std::vector<int> f1887(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1887);
  return out;
}
std::vector<int> f1888(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1888);
  return out;
}
std::vector<int> f1889(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1889);
  return out;
}
std::vector<int> f1890(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1890);
  return out;
}
std::vector<int> f1891(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1891);
  return out;
}
std::vector<int> f1892(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1892);
  return out;
}
std::vector<int> f1893(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1893);
  return out;
}
std::vector<int> f1894(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1894);
  return out;
}
std::vector<int> f1895(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1895);
  return out;
}
std::vector<int> f1896(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1896);
  return out;
}
std::vector<int> f1897(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1897);
  return out;
}
std::vector<int> f1898(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1898);
  return out;
}
std::vector<int> f1899(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1899);
  return out;
}
std::vector<int> f1900(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1900);
  return out;
}
std::vector<int> f1901(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1901);
  return out;
}
std::vector<int> f1902(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1902);
  return out;
}
std::vector<int> f1903(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1903);
  return out;
}
std::vector<int> f1904(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1904);
  return out;
}
std::vector<int> f1905(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1905);
  return out;
}
std::vector<int> f1906(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1906);
  return out;
}
std::vector<int> f1907(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1907);
  return out;
}
std::vector<int> f1908(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1908);
  return out;
}
std::vector<int> f1909(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1909);
  return out;
}
std::vector<int> f1910(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1910);
  return out;
}
std::vector<int> f1911(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1911);
  return out;
}
std::vector<int> f1912(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1912);
  return out;
}
std::vector<int> f1913(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1913);
  return out;
}
std::vector<int> f1914(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1914);
  return out;
}
std::vector<int> f1915(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1915);
  return out;
}
std::vector<int> f1916(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1916);
  return out;
}
std::vector<int> f1917(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1917);
  return out;
}
std::vector<int> f1918(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1918);
  return out;
}
std::vector<int> f1919(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1919);
  return out;
}
std::vector<int> f1920(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1920);
  return out;
}
std::vector<int> f1921(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1921);
  return out;
}
std::vector<int> f1922(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1922);
  return out;
}
std::vector<int> f1923(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1923);
  return out;
}
std::vector<int> f1924(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1924);
  return out;
}
std::vector<int> f1925(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1925);
  return out;
}
std::vector<int> f1926(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1926);
  return out;
}
std::vector<int> f1927(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1927);
  return out;
}
std::vector<int> f1928(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1928);
  return out;
}
std::vector<int> f1929(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1929);
  return out;
}
std::vector<int> f1930(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1930);
  return out;
}
std::vector<int> f1931(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1931);
  return out;
}
std::vector<int> f1932(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1932);
  return out;
}
std::vector<int> f1933(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1933);
  return out;
}
std::vector<int> f1934(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1934);
  return out;
}
std::vector<int> f1935(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1935);
  return out;
}
std::vector<int> f1936(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1936);
  return out;
}
std::vector<int> f1937(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1937);
  return out;
}
std::vector<int> f1938(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1938);
  return out;
}
std::vector<int> f1939(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1939);
  return out;
}
std::vector<int> f1940(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1940);
  return out;
}
std::vector<int> f1941(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1941);
  return out;
}
std::vector<int> f1942(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1942);
  return out;
}
std::vector<int> f1943(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1943);
  return out;
}
std::vector<int> f1944(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1944);
  return out;
}
std::vector<int> f1945(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1945);
  return out;
}
std::vector<int> f1946(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1946);
  return out;
}
std::vector<int> f1947(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1947);
  return out;
}
std::vector<int> f1948(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1948);
  return out;
}
std::vector<int> f1949(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1949);
  return out;
}
std::vector<int> f1950(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1950);
  return out;
}
std::vector<int> f1951(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1951);
  return out;
}
std::vector<int> f1952(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1952);
  return out;
}
std::vector<int> f1953(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1953);
  return out;
}
std::vector<int> f1954(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1954);
  return out;
}
std::vector<int> f1955(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1955);
  return out;
}
std::vector<int> f1956(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1956);
  return out;
}
std::vector<int> f1957(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1957);
  return out;
}
std::vector<int> f1958(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1958);
  return out;
}
std::vector<int> f1959(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1959);
  return out;
}
std::vector<int> f1960(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1960);
  return out;
}
std::vector<int> f1961(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1961);
  return out;
}
std::vector<int> f1962(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1962);
  return out;
}
std::vector<int> f1963(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1963);
  return out;
}
std::vector<int> f1964(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1964);
  return out;
}
std::vector<int> f1965(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1965);
  return out;
}
std::vector<int> f1966(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1966);
  return out;
}
std::vector<int> f1967(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1967);
  return out;
}
std::vector<int> f1968(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1968);
  return out;
}
std::vector<int> f1969(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1969);
  return out;
}
std::vector<int> f1970(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1970);
  return out;
}
std::vector<int> f1971(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1971);
  return out;
}
std::vector<int> f1972(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1972);
  return out;
}
std::vector<int> f1973(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1973);
  return out;
}
std::vector<int> f1974(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1974);
  return out;
}
std::vector<int> f1975(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1975);
  return out;
}
std::vector<int> f1976(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1976);
  return out;
}
std::vector<int> f1977(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1977);
  return out;
}
std::vector<int> f1978(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1978);
  return out;
}
std::vector<int> f1979(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1979);
  return out;
}
std::vector<int> f1980(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1980);
  return out;
}
std::vector<int> f1981(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1981);
  return out;
}
std::vector<int> f1982(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1982);
  return out;
}
std::vector<int> f1983(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1983);
  return out;
}
std::vector<int> f1984(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1984);
  return out;
}
std::vector<int> f1985(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1985);
  return out;
}
std::vector<int> f1986(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1986);
  return out;
}
std::vector<int> f1987(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1987);
  return out;
}
std::vector<int> f1988(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1988);
  return out;
}
std::vector<int> f1989(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1989);
  return out;
}
std::vector<int> f1990(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1990);
  return out;
}
std::vector<int> f1991(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1991);
  return out;
}
std::vector<int> f1992(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1992);
  return out;
}
std::vector<int> f1993(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1993);
  return out;
}
std::vector<int> f1994(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1994);
  return out;
}
std::vector<int> f1995(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1995);
  return out;
}
std::vector<int> f1996(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1996);
  return out;
}
std::vector<int> f1997(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1997);
  return out;
}
std::vector<int> f1998(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1998);
  return out;
}
std::vector<int> f1999(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x + 1999);
  return out;
}
