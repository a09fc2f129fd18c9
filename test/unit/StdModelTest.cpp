//===- StdModelTest.cpp - Tests of the std names the escape analysis knows ===//
//
// Lookups in the tables of StdModel.h: each kind is found for the names the
// model lists, and names it does not list (other functions, other spellings,
// prefixes) fall to the default.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/StdModel.h"
#include "gtest/gtest.h"

namespace stacklift {
namespace {

TEST(StdModelTest, FreeFunctions) {
  EXPECT_EQ(classifyStdFunction("move"), StdFunction::Identity);
  EXPECT_EQ(classifyStdFunction("as_const"), StdFunction::Identity);
  EXPECT_EQ(classifyStdFunction("addressof"), StdFunction::AddressOf);
  EXPECT_EQ(classifyStdFunction("to_address"), StdFunction::PointerValue);
  EXPECT_EQ(classifyStdFunction("make_shared"), StdFunction::MakeOnHeap);
  EXPECT_EQ(classifyStdFunction("make_unique_for_overwrite"),
            StdFunction::MakeOnHeap);
  EXPECT_EQ(classifyStdFunction("async"), StdFunction::Async);
  EXPECT_EQ(classifyStdFunction("data"), StdFunction::ElementAccess);
  EXPECT_EQ(classifyStdFunction("rend"), StdFunction::ElementAccess);
  EXPECT_EQ(classifyStdFunction("swap"), StdFunction::Swap);
  EXPECT_EQ(classifyStdFunction("get"), StdFunction::RefersToArguments);
  EXPECT_EQ(classifyStdFunction("back_inserter"),
            StdFunction::RefersToArguments);
  EXPECT_EQ(classifyStdFunction("tuple_cat"), StdFunction::HoldsArguments);
  EXPECT_EQ(classifyStdFunction("make_pair"), StdFunction::HoldsArguments);
  // The algorithms, and names close to the listed ones, are not modelled.
  EXPECT_EQ(classifyStdFunction("sort"), StdFunction::Other);
  EXPECT_EQ(classifyStdFunction("Move"), StdFunction::Other);
  EXPECT_EQ(classifyStdFunction("make"), StdFunction::Other);
  EXPECT_EQ(classifyStdFunction("size"), StdFunction::Other);
  EXPECT_EQ(classifyStdFunction(""), StdFunction::Other);
}

TEST(StdModelTest, DesignatedArguments) {
  EXPECT_TRUE(designatesStdArgument("move"));
  EXPECT_TRUE(designatesStdArgument("get"));
  EXPECT_TRUE(designatesStdArgument("as_const"));
  // std::move_if_noexcept returns its argument, but designate() does not
  // follow it.
  EXPECT_FALSE(designatesStdArgument("move_if_noexcept"));
  EXPECT_FALSE(designatesStdArgument("addressof"));
}

TEST(StdModelTest, ContainerMethods) {
  EXPECT_EQ(classifyStdContainerMethod("push_back"), StdContainerMethod::Store);
  EXPECT_EQ(classifyStdContainerMethod("insert_or_assign"),
            StdContainerMethod::Store);
  EXPECT_EQ(classifyStdContainerMethod("append"), StdContainerMethod::Store);
  EXPECT_EQ(classifyStdContainerMethod("swap"), StdContainerMethod::Swap);
  EXPECT_EQ(classifyStdContainerMethod("reserve"), StdContainerMethod::Other);
  EXPECT_EQ(classifyStdContainerMethod("data"), StdContainerMethod::Other);
  EXPECT_EQ(classifyStdContainerMethod("push"), StdContainerMethod::Other);
}

TEST(StdModelTest, Classes) {
  EXPECT_EQ(classifyStdClass("vector"), StdClass::Container);
  EXPECT_EQ(classifyStdClass("basic_string"), StdClass::Container);
  EXPECT_EQ(classifyStdClass("unordered_multiset"), StdClass::Container);
  EXPECT_EQ(classifyStdClass("function"), StdClass::CallableWrapper);
  EXPECT_EQ(classifyStdClass("packaged_task"), StdClass::CallableWrapper);
  EXPECT_EQ(classifyStdClass("jthread"), StdClass::Thread);
  EXPECT_EQ(classifyStdClass("span"), StdClass::View);
  EXPECT_EQ(classifyStdClass("basic_string_view"), StdClass::View);
  EXPECT_EQ(classifyStdClass("insert_iterator"), StdClass::ReferenceHolder);
  EXPECT_EQ(classifyStdClass("weak_ptr"), StdClass::SmartPointer);
  // Typedef names are not classes: std::string is a basic_string.
  EXPECT_EQ(classifyStdClass("string"), StdClass::Other);
  EXPECT_EQ(classifyStdClass("array"), StdClass::Other);
  EXPECT_EQ(classifyStdClass("pair"), StdClass::Other);
}

TEST(StdModelTest, NamedLike) {
  EXPECT_TRUE(isNamedLikeVector("SmallVector"));
  EXPECT_TRUE(isNamedLikeVector("small_vector"));
  EXPECT_FALSE(isNamedLikeVector("VectorRef"));
  EXPECT_TRUE(isNamedLikeIterator("__normal_iterator"));
  EXPECT_TRUE(isNamedLikeIterator("const_iterator"));
  EXPECT_FALSE(isNamedLikeIterator("Iterator")); // Case counts.
}

TEST(StdModelTest, PointerLike) {
  EXPECT_TRUE(isStdPointerLike("unique_ptr"));
  EXPECT_TRUE(isStdPointerLike("span"));
  EXPECT_TRUE(isStdPointerLike("reference_wrapper"));
  EXPECT_TRUE(isStdPointerLike("reverse_iterator"));
  EXPECT_FALSE(isStdPointerLike("optional"));
  EXPECT_FALSE(isStdPointerLike("vector"));
  EXPECT_FALSE(isStdPointerLike("function"));
}

} // namespace
} // namespace stacklift
