// semantics.md section 1: the type table and the properties derived from it.
#include "model/ObjectType.h"

#include <gtest/gtest.h>

using namespace wdflc;

TEST(Types, EveryTypeOfTheTableIsKnownByName) {
    for (const char* name : {"WDFDRIVER", "WDFDEVICE", "WDFQUEUE", "WDFFILEOBJECT", "WDFREQUEST",
                             "WDFMEMORY", "WDFLOOKASIDE", "WDFTIMER", "WDFWORKITEM", "WDFDPC",
                             "WDFINTERRUPT", "WDFIOTARGET", "WDFSTRING", "WDFKEY", "WDFCOLLECTION",
                             "WDFSPINLOCK", "WDFWAITLOCK", "WDFOBJECT", "WDFCHILDLIST"}) {
        auto type = parseObjectType(name);
        ASSERT_TRUE(type) << name;
        EXPECT_EQ(typeName(*type), name);
    }
    EXPECT_EQ(allObjectTypes().size(), 19u);
    EXPECT_FALSE(parseObjectType("WDFUSBDEVICE"));
}

TEST(Types, PassiveTypesFollowTheDocumentsAndTheSource) {
    for (auto type : {ObjectType::Driver, ObjectType::Device, ObjectType::Queue, ObjectType::Timer,
                      ObjectType::WorkItem, ObjectType::Dpc, ObjectType::Interrupt,
                      ObjectType::IoTarget, ObjectType::String, ObjectType::Key})
        EXPECT_TRUE(isPassiveObject(type, PoolType::NonPaged)) << typeName(type);
    for (auto type :
         {ObjectType::FileObject, ObjectType::Request, ObjectType::Collection, ObjectType::SpinLock,
          ObjectType::WaitLock, ObjectType::Object, ObjectType::ChildList})
        EXPECT_FALSE(isPassiveObject(type, PoolType::Paged)) << typeName(type);
    EXPECT_TRUE(isPassiveObject(ObjectType::Memory, PoolType::Paged));
    EXPECT_FALSE(isPassiveObject(ObjectType::Memory, PoolType::NonPaged));
    EXPECT_TRUE(isPassiveObject(ObjectType::Lookaside, PoolType::Paged));
    EXPECT_FALSE(isPassiveObject(ObjectType::Lookaside, PoolType::NonPaged));
}

TEST(Types, WhoMayDeleteWhat) {
    EXPECT_FALSE(driverMayDelete(ObjectType::Driver, Creator::Driver, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::Device, Creator::Driver, Role::None));
    EXPECT_TRUE(driverMayDelete(ObjectType::Device, Creator::Driver, Role::ControlDevice));
    EXPECT_TRUE(driverMayDelete(ObjectType::Queue, Creator::Driver, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::Queue, Creator::Driver, Role::DefaultQueue));
    EXPECT_FALSE(driverMayDelete(ObjectType::Queue, Creator::Driver, Role::DispatchQueue));
    EXPECT_FALSE(driverMayDelete(ObjectType::FileObject, Creator::Framework, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::Request, Creator::Framework, Role::None));
    EXPECT_TRUE(driverMayDelete(ObjectType::Request, Creator::Driver, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::Interrupt, Creator::Driver, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::ChildList, Creator::Driver, Role::None));
    EXPECT_FALSE(driverMayDelete(ObjectType::Object, Creator::Framework, Role::None));
    EXPECT_TRUE(driverMayDelete(ObjectType::Memory, Creator::Driver, Role::None));
}

TEST(Types, WaitingTypesAndFrameworks) {
    EXPECT_TRUE(waitsForCallbacks(ObjectType::WorkItem));
    EXPECT_TRUE(waitsForCallbacks(ObjectType::Timer));
    EXPECT_TRUE(waitsForCallbacks(ObjectType::Dpc));
    EXPECT_FALSE(waitsForCallbacks(ObjectType::Queue));
    EXPECT_FALSE(availableIn(ObjectType::Dpc, Framework::Umdf));
    EXPECT_FALSE(availableIn(ObjectType::Lookaside, Framework::Umdf));
    EXPECT_FALSE(availableIn(ObjectType::ChildList, Framework::Umdf));
    EXPECT_TRUE(availableIn(ObjectType::WorkItem, Framework::Umdf));
}

TEST(Types, CreationIrqlLimits) {
    EXPECT_EQ(creationIrqlLimit(ObjectType::Device, PoolType::NonPaged), Irql::Passive);
    EXPECT_EQ(creationIrqlLimit(ObjectType::String, PoolType::NonPaged), Irql::Passive);
    EXPECT_EQ(creationIrqlLimit(ObjectType::Memory, PoolType::Paged), Irql::Apc);
    EXPECT_EQ(creationIrqlLimit(ObjectType::Memory, PoolType::NonPaged), Irql::Dispatch);
    EXPECT_EQ(creationIrqlLimit(ObjectType::WorkItem, PoolType::NonPaged), Irql::Dispatch);
}

TEST(Types, RoleTypeNames) {
    EXPECT_EQ(typeInfo(ObjectType::Device).cleanupRoleType, "EVT_WDF_DEVICE_CONTEXT_CLEANUP");
    EXPECT_EQ(typeInfo(ObjectType::Queue).destroyRoleType,
              "EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK");
    EXPECT_EQ(typeInfo(ObjectType::FileObject).cleanupRoleType,
              "EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK");
    EXPECT_EQ(typeInfo(ObjectType::Timer).cleanupRoleType, "EVT_WDF_OBJECT_CONTEXT_CLEANUP");
}
