<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../app/studio/document/ActionText.cpp" line="+22"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create %1 %2</source>
        <translation>สร้าง %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reference %1 (tag %2)</source>
        <translation>อ้างอิง %1 (แท็ก %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference %1</source>
        <translation>อ้างอิง %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dereference %1 (tag %2)</source>
        <translation>ปล่อยการอ้างอิง %1 (แท็ก %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dereference %1</source>
        <translation>ปล่อยการอ้างอิง %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WdfObjectDelete %1</source>
        <translation>WdfObjectDelete %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framework deletes %1</source>
        <translation>เฟรมเวิร์กลบ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete request %1</source>
        <translation>ทำคำขอ (request) %1 ให้เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise or lower IRQL to %1</source>
        <translation>เปลี่ยน IRQL เป็น %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback of %1 starts</source>
        <translation>คอลแบ็กของ %1 เริ่มทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback of %1 returns</source>
        <translation>คอลแบ็กของ %1 จบการทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drain deferred work</source>
        <translation>ระบายคิวงานที่เลื่อนไป (deferred work)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free buffer %1</source>
        <translation>ปล่อยบัฟเฟอร์ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call %1 on %2</source>
        <translation>เรียก %1 บน %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 กับ %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../app/studio/i18n/DiagnosticText.cpp" line="+25"/>
        <source>WdfObjectDelete on %1, which the driver may not delete: the framework owns its lifetime and deletes it itself (device removal, driver unload or request completion). Remove the call.</source>
        <translation>เรียก WdfObjectDelete กับ %1 ซึ่งไดรเวอร์ไม่มีสิทธิ์ลบ: เฟรมเวิร์กเป็นผู้ดูแลอายุการใช้งานและลบเอง (เมื่อถอดอุปกรณ์ ยกเลิกการโหลดไดรเวอร์ หรือทำคำขอเสร็จ) ให้ลบการเรียกนี้ออก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletion of %1 was already requested. Delete an object once; clear your handle after WdfObjectDelete so no other path deletes it again.</source>
        <translation>มีการขอลบ %1 ไปแล้ว ให้ลบออบเจ็กต์เพียงครั้งเดียว และล้างค่าแฮนเดิล (handle) หลังเรียก WdfObjectDelete เพื่อไม่ให้เส้นทางอื่นลบซ้ำอีก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was already freed: its handle is invalid. Take a reference (WdfObjectReference) while you still need the object, or stop using the handle once it is deleted.</source>
        <translation>%1 ถูกปล่อยหน่วยความจำแล้ว แฮนเดิล (handle) ของมันใช้ไม่ได้อีก ให้ถือการอ้างอิง (WdfObjectReference) ไว้ตราบที่ยังต้องใช้ออบเจ็กต์ หรือเลิกใช้แฮนเดิลเมื่อออบเจ็กต์ถูกลบแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WdfObjectDereference on %1 while the driver holds no reference on it: this consumes the framework&apos;s own reference. Dereference only what you referenced, with the same tag.</source>
        <translation>เรียก WdfObjectDereference กับ %1 ขณะที่ไดรเวอร์ไม่ได้ถือการอ้างอิงใดไว้ การเรียกนี้จึงไปปล่อยการอ้างอิงที่เป็นของเฟรมเวิร์กเอง ให้ปล่อยเฉพาะการอ้างอิงที่ตนเพิ่มไว้เอง โดยใช้แท็กเดียวกัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dereference tag &apos;%1&apos; on %2 matches none of the driver&apos;s references; the oldest one was released. Pass the same tag to WdfObjectDereferenceWithTag that you passed to the reference.</source>
        <translation>แท็ก &apos;%1&apos; ที่ใช้ปล่อยการอ้างอิงของ %2 ไม่ตรงกับการอ้างอิงใดของไดรเวอร์ จึงปล่อยการอ้างอิงที่เก่าที่สุดแทน ให้ส่งแท็กเดียวกับตอนอ้างอิงไปยัง WdfObjectDereferenceWithTag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference count of %1 reached zero although the object was never deleted: the framework destroys it while it is still in the tree and bugchecks (0x10D WDF_VIOLATION). Delete objects with WdfObjectDelete; never dereference the creation reference away.</source>
        <translation>ตัวนับการอ้างอิง (reference count) ของ %1 ลดลงเป็นศูนย์ทั้งที่ออบเจ็กต์ไม่เคยถูกลบ เฟรมเวิร์กจะทำลายมันขณะยังอยู่ในทรี และเกิดบั๊กเช็ก (bug check) 0x10D WDF_VIOLATION ให้ลบออบเจ็กต์ด้วย WdfObjectDelete และอย่าปล่อยการอ้างอิงจนการอ้างอิงตอนสร้างหายไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is used after its EvtCleanupCallback has run. After cleanup only its EvtDestroyCallback may touch it; drop such calls or take them before deletion.</source>
        <translation>มีการใช้ %1 หลังจาก EvtCleanupCallback ทำงานไปแล้ว หลังการเก็บกวาด (cleanup) มีเพียง EvtDestroyCallback ของมันเท่านั้นที่แตะต้องได้ ให้ตัดการเรียกเหล่านั้นออก หรือเรียกก่อนการลบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A method is called on %1 from its own EvtDestroyCallback, where its reference count is zero. Only the context accessors are allowed there; do the work in EvtCleanupCallback.</source>
        <translation>มีการเรียกเมธอดของ %1 จาก EvtDestroyCallback ของมันเอง ซึ่งตอนนั้นตัวนับการอ้างอิงเป็นศูนย์แล้ว ที่นั่นใช้ได้เฉพาะตัวเข้าถึงคอนเท็กซ์ (context accessor) ให้ย้ายงานไปทำใน EvtCleanupCallback</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 was deleted but still holds %n driver reference(s) at the end, so it is never destroyed. Release every reference, typically in EvtCleanupCallback.</source>
        <translation>
            <numerusform>%1 ถูกลบแล้วแต่เมื่อจบยังมีการอ้างอิงของไดรเวอร์ค้างอยู่ %n รายการ จึงไม่ถูกทำลาย (destroy) เลย ให้ปล่อยการอ้างอิงทั้งหมด โดยทั่วไปทำใน EvtCleanupCallback</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was freed while its context buffer &apos;%2&apos; was still allocated. Free context buffers in EvtCleanupCallback or EvtDestroyCallback.</source>
        <translation>%1 ถูกปล่อยหน่วยความจำขณะที่บัฟเฟอร์ในคอนเท็กซ์ &apos;%2&apos; ยังไม่ถูกปล่อย ให้ปล่อยบัฟเฟอร์ของคอนเท็กซ์ใน EvtCleanupCallback หรือ EvtDestroyCallback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context buffer &apos;%1&apos; of %2 is freed a second time. Free each buffer once, in one callback, and clear the pointer.</source>
        <translation>บัฟเฟอร์ในคอนเท็กซ์ &apos;%1&apos; ของ %2 ถูกปล่อยเป็นครั้งที่สอง ให้ปล่อยแต่ละบัฟเฟอร์เพียงครั้งเดียวในคอลแบ็กเดียว แล้วล้างค่าพอยน์เตอร์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was completed at %2 with an object below it that must be cleaned up at PASSIVE_LEVEL; that object&apos;s cleanup is queued and runs after the request is gone. Do not parent passive-level objects to a request.</source>
        <translation>%1 ถูกทำให้เสร็จที่ %2 ขณะมีออบเจ็กต์ที่ต้องเก็บกวาด (cleanup) ที่ PASSIVE_LEVEL อยู่ข้างใต้ การเก็บกวาดของออบเจ็กต์นั้นจึงถูกนำเข้าคิวและทำงานหลังจากคำขอหายไปแล้ว อย่าให้คำขอ (request) เป็นออบเจ็กต์แม่ของออบเจ็กต์พาสซีฟ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 at %3: waiting is only possible at PASSIVE_LEVEL, so the call returns without waiting. Call it at PASSIVE_LEVEL or without waiting.</source>
        <translation>เรียก %1 กับ %2 ที่ %3: การรอทำได้เฉพาะที่ PASSIVE_LEVEL การเรียกนี้จึงจบการทำงานโดยไม่รอ ให้เรียกที่ PASSIVE_LEVEL หรือเรียกแบบไม่รอ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was created by the driver (WdfRequestCreate) and must not be completed; delete it with WdfObjectDelete when you are done with it.</source>
        <translation>%1 ถูกสร้างโดยไดรเวอร์ (WdfRequestCreate) จึงห้ามทำให้เสร็จสมบูรณ์ (complete) เมื่อใช้เสร็จให้ลบด้วย WdfObjectDelete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A callback of %1 starts after its rundown began. Stop enqueuing or starting it before you delete it.</source>
        <translation>คอลแบ็กของ %1 เริ่มทำงานหลังจากเริ่มการปิดรับคอลแบ็ก (rundown) แล้ว ให้เลิกนำเข้าคิวและเลิกเริ่มออบเจ็กต์นี้ก่อนที่จะลบ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A wait for %n running callback(s) of %1 never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.</source>
        <translation>
            <numerusform>การรอคอลแบ็กที่กำลังทำงาน %n รายการของ %1 ไม่สิ้นสุด เธรดที่รออยู่จะค้าง ให้ EvtWorkItem, EvtTimerFunc และ EvtDpcFunc ทุกตัวจบการทำงาน (return)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object could not be created: its parent %1 is being deleted (STATUS_DELETE_PENDING). Create children before deleting their parent.</source>
        <translation>สร้างออบเจ็กต์ไม่ได้ เพราะออบเจ็กต์แม่ (parent) %1 กำลังถูกลบ (STATUS_DELETE_PENDING) ให้สร้างลูกก่อนลบออบเจ็กต์แม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be created at %2. Create it at a lower IRQL, for example from a work item.</source>
        <translation>สร้าง %1 ที่ %2 ไม่ได้ ให้สร้างที่ IRQL ต่ำกว่านี้ เช่น จากเวิร์กไอเท็ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be deleted at PASSIVE_LEVEL, not %2.</source>
        <translation>%1 ต้องลบที่ PASSIVE_LEVEL ไม่ใช่ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UMDF drivers run at PASSIVE_LEVEL; the request to run at %1 has no effect.</source>
        <translation>ไดรเวอร์ UMDF ทำงานที่ PASSIVE_LEVEL เสมอ การขอให้ทำงานที่ %1 จึงไม่มีผล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step names %1, which does not exist at this point.</source>
        <translation>ขั้นตอนนี้อ้างถึง %1 ซึ่งยังไม่มีอยู่ ณ จุดนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent %1 does not exist at this point.</source>
        <translation>ออบเจ็กต์แม่ %1 ยังไม่มีอยู่ ณ จุดนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists.</source>
        <translation>%1 มีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No callback of %1 is running, so none can end.</source>
        <translation>ไม่มีคอลแบ็กของ %1 ที่กำลังทำงานอยู่ จึงไม่มีคอลแบ็กให้จบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was already completed; a request is completed once.</source>
        <translation>%1 เสร็จสมบูรณ์ไปแล้ว คำขอ (request) ทำให้เสร็จได้เพียงครั้งเดียว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a request: WdfRequestComplete does not apply.</source>
        <translation>%1 ไม่ใช่คำขอ (request) จึงใช้ WdfRequestComplete ไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wait method does not apply to %1.</source>
        <translation>เมธอดรอนี้ใช้กับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step cannot apply to %1.</source>
        <translation>ขั้นตอนนี้ใช้กับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WdfObjectDelete on an object the driver may not delete</source>
        <translation>WdfObjectDelete กับออบเจ็กต์ที่ไดรเวอร์ไม่มีสิทธิ์ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletion requested twice for the same object</source>
        <translation>ขอลบออบเจ็กต์เดียวกันสองครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step names an object that was already freed</source>
        <translation>ขั้นตอนอ้างถึงออบเจ็กต์ที่ถูกปล่อยหน่วยความจำแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dereference while the driver holds no reference</source>
        <translation>ปล่อยการอ้างอิงขณะที่ไดรเวอร์ไม่ได้ถือการอ้างอิงไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dereference tag matches none of the driver&apos;s references</source>
        <translation>แท็กที่ใช้ปล่อยการอ้างอิงไม่ตรงกับการอ้างอิงใดของไดรเวอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference count reached zero while the object was never deleted</source>
        <translation>ตัวนับการอ้างอิงเป็นศูนย์ทั้งที่ออบเจ็กต์ไม่เคยถูกลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object used after its cleanup, outside its own EvtDestroyCallback</source>
        <translation>ใช้ออบเจ็กต์หลังการเก็บกวาด (cleanup) นอก EvtDestroyCallback ของมันเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object method called from its own EvtDestroyCallback</source>
        <translation>เรียกเมธอดของออบเจ็กต์จาก EvtDestroyCallback ของมันเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted object still referenced at the end of the scenario</source>
        <translation>ออบเจ็กต์ที่ลบแล้วยังถูกอ้างอิงอยู่เมื่อจบสถานการณ์จำลอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object freed with a context buffer still allocated</source>
        <translation>ออบเจ็กต์ถูกปล่อยหน่วยความจำขณะบัฟเฟอร์ในคอนเท็กซ์ยังไม่ถูกปล่อย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context buffer freed twice</source>
        <translation>บัฟเฟอร์ในคอนเท็กซ์ถูกปล่อยสองครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request completed above PASSIVE_LEVEL with a passive-level object below it</source>
        <translation>คำขอที่มีออบเจ็กต์พาสซีฟอยู่ข้างใต้ถูกทำให้เสร็จสมบูรณ์ที่ระดับสูงกว่า PASSIVE_LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flush, stop or cancel with wait called above PASSIVE_LEVEL</source>
        <translation>เรียกการล้างคิว หยุด หรือยกเลิกแบบรอ (flush, stop, cancel) ที่สูงกว่า PASSIVE_LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver-created request completed</source>
        <translation>คำขอที่ไดรเวอร์สร้างเองถูกทำให้เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback started after the object&apos;s rundown began</source>
        <translation>คอลแบ็กเริ่มทำงานหลังออบเจ็กต์เริ่มการปิดรับคอลแบ็ก (rundown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wait for running callbacks never ended</source>
        <translation>การรอคอลแบ็กที่กำลังทำงานไม่สิ้นสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object created under a parent whose deletion has started</source>
        <translation>สร้างออบเจ็กต์ใต้ออบเจ็กต์แม่ที่เริ่มถูกลบแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call made above the IRQL it allows</source>
        <translation>เรียกที่ IRQL สูงกว่าที่อนุญาต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised IRQL requested in a UMDF scenario</source>
        <translation>ขอยก IRQL ในสถานการณ์จำลอง UMDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step that cannot apply</source>
        <translation>ขั้นตอนที่ใช้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>DiagramLabels</name>
    <message>
        <location filename="../app/export/DiagramFileExport.cpp" line="+43"/>
        <source>unknown format %1</source>
        <translation>ไม่รู้จักรูปแบบ %1</translation>
    </message>
    <message>
        <location filename="../app/export/DiagramLabelsQt.cpp" line="+16"/>
        <source>Driver thread</source>
        <translation>เธรดของไดรเวอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework</source>
        <translation>เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker thread</source>
        <translation>เธรดเวิร์กเกอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freed</source>
        <translation>ปล่อยหน่วยความจำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>framework deletes</source>
        <translation>เฟรมเวิร์กลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleanup (no callback)</source>
        <translation>เก็บกวาด (ไม่มีคอลแบ็ก)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy (no callback)</source>
        <translation>ทำลาย (ไม่มีคอลแบ็ก)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queue %1 for the worker</source>
        <translation>เข้าคิว %1 ให้เธรดเวิร์กเกอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for %1 running callback(s)</source>
        <translation>รอคอลแบ็กที่กำลังทำงาน %1 รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>บล็อก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker runs the deferred queue</source>
        <translation>เธรดเวิร์กเกอร์ทำงานในคิวงานที่เลื่อนไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL is now %1</source>
        <translation>ตอนนี้ IRQL เป็น %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free buffer %1</source>
        <translation>ปล่อยบัฟเฟอร์ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refCount %1</source>
        <translation>ตัวนับการอ้างอิง %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/studio/commands/Editor.cpp" line="+35"/>
        <source>Add %1 %2</source>
        <translation>เพิ่ม %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 %2 under %3</source>
        <translation>เพิ่ม %1 %2 ใต้ %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1</source>
        <translation>เอา %1 ออก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move %1 under %2</source>
        <translation>ย้าย %1 ไปไว้ใต้ %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1 of %2</source>
        <translation>แก้ไข %1 ของ %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add step: %1</source>
        <translation>เพิ่มขั้นตอน: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>There is no step %1.</source>
        <translation>ไม่มีขั้นตอนที่ %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove step %1: %2</source>
        <translation>เอาขั้นตอนที่ %1 ออก: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move step %1 to %2</source>
        <translation>ย้ายขั้นตอนที่ %1 ไปที่ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit step %1: %2</source>
        <translation>แก้ไขขั้นตอนที่ %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to UMDF</source>
        <translation>สลับเป็น UMDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch to KMDF</source>
        <translation>สลับเป็น KMDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drain deferred work after each step</source>
        <translation>ระบายคิวงานที่เลื่อนไปหลังทุกขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain deferred work only at drain steps</source>
        <translation>ระบายคิวงานที่เลื่อนไปเฉพาะที่ขั้นตอนระบายคิว (drain)</translation>
    </message>
</context>
<context>
    <name>EventNarrator</name>
    <message>
        <location filename="../app/studio/document/EventNarrator.cpp" line="+25"/>
        <source>the driver&apos;s thread</source>
        <translation>เธรดของไดรเวอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the framework&apos;s thread</source>
        <translation>เธรดของเฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the worker thread</source>
        <translation>เธรดเวิร์กเกอร์ (worker thread)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is created (%2), with no parent.</source>
        <translation>%1 (%2) ถูกสร้างโดยไม่มีออบเจ็กต์แม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is created (%2) as a child of %3.</source>
        <translation>%1 (%2) ถูกสร้างเป็นลูกของ %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets a reference with tag %2: the count is %3.</source>
        <translation>%1 ได้รับการอ้างอิงด้วยแท็ก %2: ตัวนับการอ้างอิงเป็น %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gets a reference: the count is %2.</source>
        <translation>%1 ได้รับการอ้างอิง: ตัวนับการอ้างอิงเป็น %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reference on %1 with tag %2 is released: the count is %3.</source>
        <translation>การอ้างอิง %1 ด้วยแท็ก %2 ถูกปล่อย: ตัวนับการอ้างอิงเป็น %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reference on %1 is released: the count is %2.</source>
        <translation>การอ้างอิง %1 ถูกปล่อย: ตัวนับการอ้างอิงเป็น %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The framework starts deleting %1.</source>
        <translation>เฟรมเวิร์กเริ่มลบ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The driver calls WdfObjectDelete on %1.</source>
        <translation>ไดรเวอร์เรียก WdfObjectDelete กับ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EvtCleanupCallback of %1 (context %2) runs at %3 on %4.</source>
        <translation>EvtCleanupCallback ของ %1 (คอนเท็กซ์ %2) ทำงานที่ %3 บน%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cleaned up (context %2 has no EvtCleanupCallback).</source>
        <translation>%1 ถูกเก็บกวาด (cleanup) แล้ว (คอนเท็กซ์ %2 ไม่มี EvtCleanupCallback)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deletion work of %1 is queued to the worker thread (requested at %2).</source>
        <translation>งานลบ %1 ถูกนำเข้าคิวให้เธรดเวิร์กเกอร์ (ขอที่ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting %1 waits for %2 running callback(s) to return.</source>
        <translation>การลบ %1 รอให้คอลแบ็กที่กำลังทำงาน %2 รายการจบการทำงาน (return)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EvtDestroyCallback of %1 (context %2) runs at %3 on %4.</source>
        <translation>EvtDestroyCallback ของ %1 (คอนเท็กซ์ %2) ทำงานที่ %3 บน%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reaches its destroy phase (context %2 has no EvtDestroyCallback).</source>
        <translation>%1 เข้าสู่ขั้นทำลาย (destroy) (คอนเท็กซ์ %2 ไม่มี EvtDestroyCallback)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is freed: its handle is invalid from now on.</source>
        <translation>%1 ถูกปล่อยหน่วยความจำ: นับจากนี้แฮนเดิล (handle) ของมันใช้ไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A callback of %1 frees its buffer %2.</source>
        <translation>คอลแบ็กของ %1 ปล่อยหน่วยความจำบัฟเฟอร์ %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error (%1): %2</source>
        <translation>ข้อผิดพลาด (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning (%1): %2</source>
        <translation>คำเตือน (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The driver&apos;s code now runs at %1.</source>
        <translation>ตอนนี้โค้ดของไดรเวอร์ทำงานที่ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every object starts with one reference, the creation reference; the framework releases it when the object is deleted.</source>
        <translation>ทุกออบเจ็กต์เริ่มต้นด้วยการอ้างอิงหนึ่งรายการ คือการอ้างอิงตอนสร้าง เฟรมเวิร์กจะปล่อยมันเมื่อออบเจ็กต์ถูกลบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reference keeps the handle valid: it delays the destroy phase, never the cleanup.</source>
        <translation>การอ้างอิงทำให้แฮนเดิลยังใช้ได้: มันเลื่อนขั้นทำลาย (destroy) ออกไป แต่ไม่เคยเลื่อนการเก็บกวาด (cleanup)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The count reached zero, so the destroy phase can run.</source>
        <translation>ตัวนับการอ้างอิงเป็นศูนย์แล้ว ขั้นทำลาย (destroy) จึงทำงานได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletion cleans up the children first, then the object itself.</source>
        <translation>การลบจะเก็บกวาดลูกก่อน แล้วจึงเก็บกวาดตัวออบเจ็กต์เอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It runs on the worker at PASSIVE_LEVEL because the work was deferred.</source>
        <translation>มันทำงานบนเธรดเวิร์กเกอร์ที่ PASSIVE_LEVEL เพราะงานถูกเลื่อนออกไป (deferred)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its parent is being deleted: children are cleaned up before their parent.</source>
        <translation>ออบเจ็กต์แม่ของมันกำลังถูกลบ: ลูกจะถูกเก็บกวาดก่อนออบเจ็กต์แม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup runs while the handle is still valid, so the callback may still use the object.</source>
        <translation>การเก็บกวาด (cleanup) ทำงานขณะแฮนเดิลยังใช้ได้ คอลแบ็กจึงยังใช้ออบเจ็กต์ได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paged-pool memory is cleaned up at PASSIVE_LEVEL, so the work was queued.</source>
        <translation>หน่วยความจำพูลแบบเพจ (paged pool) ต้องเก็บกวาดที่ PASSIVE_LEVEL งานจึงถูกนำเข้าคิว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be cleaned up at PASSIVE_LEVEL, and the deletion came at %2, so the work was queued.</source>
        <translation>%1 ต้องเก็บกวาดที่ PASSIVE_LEVEL แต่การลบเกิดที่ %2 งานจึงถูกนำเข้าคิว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A child of %1 must be cleaned up at PASSIVE_LEVEL: to keep children before parents, the rest of the deletion was queued.</source>
        <translation>ลูกของ %1 ต้องเก็บกวาดที่ PASSIVE_LEVEL เพื่อรักษาลำดับลูกก่อนออบเจ็กต์แม่ ส่วนที่เหลือของการลบจึงถูกนำเข้าคิว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last reference went away at %1, and the destroy of %2 must run at PASSIVE_LEVEL, so it was queued.</source>
        <translation>การอ้างอิงสุดท้ายหายไปที่ %1 แต่การทำลาย (destroy) ของ %2 ต้องทำที่ PASSIVE_LEVEL จึงถูกนำเข้าคิว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was completed above PASSIVE_LEVEL: its passive child is detached and deleted later at PASSIVE_LEVEL, after the request.</source>
        <translation>คำขอถูกทำให้เสร็จที่สูงกว่า PASSIVE_LEVEL: ออบเจ็กต์ลูกพาสซีฟของมันถูกแยกออกและลบทีหลังที่ PASSIVE_LEVEL หลังจากคำขอ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A work item, timer or DPC is not cleaned up while its callback is still running; the deletion resumes when the last one returns.</source>
        <translation>เวิร์กไอเท็ม ตัวจับเวลา หรือ DPC จะไม่ถูกเก็บกวาดขณะคอลแบ็กของมันยังทำงานอยู่ การลบจะดำเนินต่อเมื่อคอลแบ็กสุดท้ายจบการทำงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference count reached zero: the destroy callback is the last moment the context memory is valid.</source>
        <translation>ตัวนับการอ้างอิงเป็นศูนย์: คอลแบ็กทำลาย (destroy callback) คือช่วงสุดท้ายที่หน่วยความจำคอนเท็กซ์ยังใช้ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the destroy phase the framework releases the object&apos;s memory.</source>
        <translation>หลังขั้นทำลาย (destroy) เฟรมเวิร์กจะปล่อยหน่วยความจำของออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rule: %1.</source>
        <translation>กฎ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An empty scenario: drag an object type from the palette onto the canvas.</source>
        <translation>สถานการณ์จำลองว่างเปล่า: ลากชนิดออบเจ็กต์จากแพเลตต์ไปวางบนแคนวาส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has happened yet. Press Play to run the scenario.</source>
        <translation>ยังไม่มีอะไรเกิดขึ้น กด “เล่น” เพื่อรันสถานการณ์จำลอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>a sentence, then the next one</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>LoadProblemText</name>
    <message>
        <location filename="../app/studio/i18n/LoadProblemText.cpp" line="+23"/>
        <source>a string</source>
        <translation>สตริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>อาร์เรย์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an action object</source>
        <translation>ออบเจ็กต์แอ็กชัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string or null</source>
        <translation>สตริงหรือ null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON object at the top level</source>
        <translation>ออบเจ็กต์ JSON ที่ระดับบนสุด</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &apos;%1&apos; (ignored)</source>
        <translation>ไม่รู้จักคีย์ &apos;%1&apos; (ข้ามไป)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent &apos;%1&apos; is not declared</source>
        <translation>ไม่ได้ประกาศออบเจ็กต์แม่ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>ไม่มีคีย์ &apos;%1&apos; ซึ่งจำเป็นต้องมี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown object type &apos;%1&apos;</source>
        <translation>ไม่รู้จักชนิดออบเจ็กต์ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown op &apos;%1&apos;</source>
        <translation>ไม่รู้จัก op &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown object &apos;%1&apos;</source>
        <translation>ไม่รู้จักออบเจ็กต์ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object cannot be its own parent</source>
        <translation>ออบเจ็กต์เป็นออบเจ็กต์แม่ของตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second WDFDRIVER: a scenario has exactly one</source>
        <translation>มี WDFDRIVER ตัวที่สอง: สถานการณ์จำลองมี WDFDRIVER ได้เพียงตัวเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent cycle: %1</source>
        <translation>ออบเจ็กต์แม่วนกลับมาที่เดิม: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist in UMDF</source>
        <translation>ใน UMDF ไม่มี %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open the file: %1</source>
        <translation>เปิดไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, found %2</source>
        <translation>ต้องเป็น%1 แต่พบ%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: error: %2</source>
        <translation>%1: ข้อผิดพลาด: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: warning: %2</source>
        <translation>%1: คำเตือน: %2</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../app/studio/canvas/NodeItem.cpp" line="+32"/>
        <source>no callbacks</source>
        <translation>ไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)
Drag onto another object to move it there.</source>
        <translation>%1 (%2)
ลากไปวางบนออบเจ็กต์อื่นเพื่อย้ายไปที่นั่น</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>refs %1 · %2</source>
        <translation>อ้างอิง %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>destroy waits for 1 dereference</source>
        <translation>จะทำลายเมื่อปล่อยการอ้างอิงอีก 1 ครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy waits for %1 dereferences</source>
        <translation>จะทำลายเมื่อปล่อยการอ้างอิงอีก %1 ครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>callbacks running: %1</source>
        <translation>คอลแบ็กที่กำลังทำงาน: %1</translation>
    </message>
</context>
<context>
    <name>ObjectTypeSummary</name>
    <message>
        <location filename="../app/studio/i18n/ObjectTypeSummary.cpp" line="+9"/>
        <source>The driver itself: root of every object tree.</source>
        <translation>ตัวไดรเวอร์เอง: รากของทุกทรีออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device the driver controls; removed by PnP or deleted if a control device.</source>
        <translation>อุปกรณ์ที่ไดรเวอร์ควบคุม ถูกถอดโดย PnP หรือถูกลบหากเป็นอุปกรณ์ควบคุม (control device)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An I/O queue that presents requests to the driver.</source>
        <translation>คิว I/O ที่ส่งคำขอ (request) ให้ไดรเวอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file object the framework creates when an application opens the device.</source>
        <translation>ออบเจ็กต์ไฟล์ที่เฟรมเวิร์กสร้างเมื่อแอปพลิเคชันเปิดอุปกรณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An I/O request: framework-created (completed by the driver) or driver-created.</source>
        <translation>คำขอ I/O (request): เฟรมเวิร์กสร้าง (ไดรเวอร์ทำให้เสร็จ) หรือไดรเวอร์สร้างเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A memory buffer; paged-pool buffers need PASSIVE_LEVEL cleanup.</source>
        <translation>บัฟเฟอร์หน่วยความจำ บัฟเฟอร์จากพูลแบบเพจ (paged pool) ต้องเก็บกวาด (cleanup) ที่ PASSIVE_LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lookaside list that hands out memory objects of one size.</source>
        <translation>ลุคอะไซด์ลิสต์ (lookaside list) ที่จ่ายออบเจ็กต์หน่วยความจำขนาดเดียวกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A timer whose EvtTimerFunc runs when it expires.</source>
        <translation>ตัวจับเวลา (timer) ที่ EvtTimerFunc ทำงานเมื่อหมดเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work item whose EvtWorkItem runs at PASSIVE_LEVEL on a system thread.</source>
        <translation>เวิร์กไอเท็ม (work item) ที่ EvtWorkItem ทำงานที่ PASSIVE_LEVEL บนเธรดของระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DPC object whose EvtDpcFunc runs at DISPATCH_LEVEL.</source>
        <translation>ออบเจ็กต์ DPC ที่ EvtDpcFunc ทำงานที่ DISPATCH_LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupt object owned by its device.</source>
        <translation>ออบเจ็กต์อินเทอร์รัปต์ (interrupt) ที่อุปกรณ์เป็นเจ้าของ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A target the driver sends I/O requests to.</source>
        <translation>เป้าหมายที่ไดรเวอร์ส่งคำขอ I/O ไปให้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Unicode string object.</source>
        <translation>ออบเจ็กต์สตริง Unicode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open registry key.</source>
        <translation>คีย์รีจิสทรีที่เปิดอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of framework objects.</source>
        <translation>รายการออบเจ็กต์เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spin lock.</source>
        <translation>สปินล็อก (spin lock)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wait lock (a kernel event used as a lock).</source>
        <translation>ล็อกแบบรอ (wait lock) คืออีเวนต์ของเคอร์เนลที่ใช้เป็นล็อก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A general object the driver uses to hold context and children.</source>
        <translation>ออบเจ็กต์ทั่วไปที่ไดรเวอร์ใช้เก็บคอนเท็กซ์และลูก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bus driver&apos;s list of child devices.</source>
        <translation>รายการอุปกรณ์ลูกของบัสไดรเวอร์</translation>
    </message>
</context>
<context>
    <name>ParentRules</name>
    <message>
        <location filename="../app/studio/commands/ParentRules.cpp" line="+52"/>
        <location line="+37"/>
        <source>%1 does not exist in UMDF.</source>
        <translation>%1 ไม่มีใน UMDF</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>A framework-created WDFREQUEST has no parent: drop it on the empty canvas.</source>
        <translation>WDFREQUEST ที่เฟรมเวิร์กสร้างไม่มีออบเจ็กต์แม่: ให้วางบนพื้นที่ว่างของแคนวาส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the root of the tree and cannot have a parent.</source>
        <translation>%1 เป็นรากของทรีและมีออบเจ็กต์แม่ไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent of a %1 can only be the WDFDRIVER, not %2.</source>
        <translation>ออบเจ็กต์แม่ของ %1 ต้องเป็น WDFDRIVER เท่านั้น ไม่ใช่ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parent of a %1 can only be a WDFDEVICE, not %2.</source>
        <translation>ออบเจ็กต์แม่ของ %1 ต้องเป็น WDFDEVICE เท่านั้น ไม่ใช่ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parent of a %1 can only be a WDFDEVICE or a WDFQUEUE, not %2.</source>
        <translation>ออบเจ็กต์แม่ของ %1 ต้องเป็น WDFDEVICE หรือ WDFQUEUE เท่านั้น ไม่ใช่ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 needs a WDFDEVICE above it, and %2 has none.</source>
        <translation>%1 ต้องมี WDFDEVICE อยู่เหนือมัน แต่ %2 ไม่มี</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A scenario has exactly one WDFDRIVER.</source>
        <translation>สถานการณ์จำลองมี WDFDRIVER ได้เพียงหนึ่งเดียว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the WDFDRIVER first: it is the default parent.</source>
        <translation>เพิ่ม WDFDRIVER ก่อน เพราะเป็นออบเจ็กต์แม่โดยปริยาย (default parent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 without a parent goes to the only WDFDEVICE, and this scenario has none or several: drop it on a device.</source>
        <translation>%1 ที่ไม่ระบุออบเจ็กต์แม่จะไปอยู่ใต้ WDFDEVICE ตัวเดียวที่มี แต่สถานการณ์จำลองนี้ไม่มีหรือมีหลายตัว: ให้วางบนอุปกรณ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 needs a parent with a WDFDEVICE above it: drop it on one.</source>
        <translation>%1 ต้องมีออบเจ็กต์แม่ที่มี WDFDEVICE อยู่ด้านบน: ให้วางบนออบเจ็กต์แบบนั้น</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An object cannot be its own parent.</source>
        <translation>ออบเจ็กต์เป็นออบเจ็กต์แม่ของตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below %2: an object cannot move under its own descendant.</source>
        <translation>%1 อยู่ใต้ %2: ออบเจ็กต์ย้ายไปอยู่ใต้ลูกหลานของตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is created by a step, after %2 exists.</source>
        <translation>%1 ถูกสร้างโดยขั้นตอน หลังจากที่ %2 มีอยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/studio/i18n/QtStandardTexts.cpp" line="+126"/>
        <source>Displays help on commandline options.</source>
        <translation>แสดงวิธีใช้ตัวเลือกบรรทัดคำสั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>แสดงวิธีใช้ รวมทั้งตัวเลือกเฉพาะของ Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>แสดงข้อมูลรุ่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>วิธีใช้: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[ตัวเลือก]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-95"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>แสดง </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ถูกป้องกันการเขียน
ต้องการลบต่อไปหรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; จริงหรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและบุ๊กมาร์ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>โฟลเดอร์ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>ไดเรกทอรีแม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>ดูใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>ค้นหาไดเรกทอรี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบไดเรกทอรี
โปรดตรวจสอบว่าระบุชื่อไดเรกทอรีถูกต้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>ไดเรกทอรี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>ลบไดเรกทอรีไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>ไดเรกทอรี:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 มีอยู่แล้ว
ต้องการแทนที่หรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>ไปที่ไดเรกทอรีแม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>ทางลัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าระบุชื่อไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;ใช้ชื่อ &quot;%1&quot; ไม่ได้&lt;/b&gt;&lt;p&gt;ลองใช้ชื่ออื่นที่สั้นลงหรือไม่มีเครื่องหมายวรรคตอน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>ชื่อไฟล์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 byte(s)</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-80"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/import/ImportPanel.cpp" line="+30"/>
        <source>Click to show this line of the driver&apos;s source</source>
        <translation>คลิกเพื่อแสดงบรรทัดนี้ในซอร์สของไดรเวอร์</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/studio/i18n/QtStandardTexts.cpp" line="-22"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+86"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ScenarioEdit</name>
    <message>
        <location filename="../app/studio/commands/ScenarioEdit.cpp" line="+121"/>
        <source>The WDFDRIVER is the root of every tree and cannot be removed.</source>
        <translation>WDFDRIVER เป็นรากของทุกทรีจึงเอาออกไม่ได้</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not a valid id: a letter or _, then up to 63 letters, digits, _, . or -.</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวระบุ (id) ที่ถูกต้อง: ต้องขึ้นต้นด้วยตัวอักษรหรือ _ ตามด้วยตัวอักษร ตัวเลข _ . หรือ - ได้ไม่เกิน 63 ตัว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id &quot;%1&quot; is already used.</source>
        <translation>ตัวระบุ (id) &quot;%1&quot; ถูกใช้ไปแล้ว</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+30"/>
        <source>There is no step %1.</source>
        <translation>ไม่มีขั้นตอนที่ %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>There is no such step.</source>
        <translation>ไม่มีขั้นตอนนี้</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A create step is edited through its object.</source>
        <translation>ขั้นตอนสร้างต้องแก้ไขผ่านออบเจ็กต์ของมัน</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <location filename="../app/studio/document/StateStyle.cpp" line="+29"/>
        <source>not created</source>
        <translation>ยังไม่สร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive</source>
        <translation>ยังคงอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion queued</source>
        <translation>การลบอยู่ในคิว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaning up</source>
        <translation>กำลังเก็บกวาด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly cleaned up</source>
        <translation>เก็บกวาดไปบางส่วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaned up</source>
        <translation>เก็บกวาดแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for references</source>
        <translation>รอการอ้างอิงหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy queued</source>
        <translation>การทำลายอยู่ในคิว</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>freed</source>
        <translation>ถูกปล่อยแล้ว</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referenced</source>
        <translation>อ้างอิง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dereferenced</source>
        <translation>ปล่อยการอ้างอิง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion requested</source>
        <translation>ขอลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleanup</source>
        <translation>เก็บกวาด (cleanup)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred</source>
        <translation>เลื่อนออกไป (deferred)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy</source>
        <translation>ทำลาย (destroy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buffer freed</source>
        <translation>ปล่อยบัฟเฟอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnostic</source>
        <translation>ผลวินิจฉัย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IRQL changed</source>
        <translation>เปลี่ยน IRQL</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../app/studio/plots/TimelineText.cpp" line="+26"/>
        <source>alive</source>
        <translation>ยังคงอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion requested</source>
        <translation>ขอลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaned up</source>
        <translation>เก็บกวาดแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for destroy</source>
        <translation>รอการทำลาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy queued</source>
        <translation>การทำลายอยู่ในคิว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cleanup without callback</source>
        <translation>เก็บกวาดโดยไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy without callback</source>
        <translation>ทำลายโดยไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete call</source>
        <comment>WdfObjectDelete or a framework delete</comment>
        <translation>การเรียกลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred to the worker</source>
        <translation>เลื่อนไปให้เธรดเวิร์กเกอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits for callbacks</source>
        <translation>รอคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver</source>
        <comment>thread</comment>
        <translation>ไดรเวอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framework</source>
        <comment>thread</comment>
        <translation>เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker</source>
        <comment>thread</comment>
        <translation>เวิร์กเกอร์ (worker)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>objects</source>
        <comment>the creation of the scenario&apos;s objects, before step 0</comment>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end</source>
        <comment>the end of the scenario</comment>
        <translation>จบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unnamed context</source>
        <translation>คอนเท็กซ์ไม่มีชื่อ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (tag %1)</source>
        <translation> (แท็ก %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 created</source>
        <translation>สร้าง %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 created under %2</source>
        <translation>สร้าง %1 ใต้ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 referenced%2: count %3</source>
        <translation>อ้างอิง %1%2: จำนวน %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dereferenced%2: count %3</source>
        <translation>ปล่อยการอ้างอิง %1%2: จำนวน %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the framework deletes %1</source>
        <translation>เฟรมเวิร์กลบ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver deletes %1 (WdfObjectDelete)</source>
        <translation>ไดรเวอร์ลบ %1 (WdfObjectDelete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EvtCleanupCallback of %1, %2</source>
        <translation>EvtCleanupCallback ของ %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleanup of %1 reaches %2, no callback</source>
        <translation>การเก็บกวาด %1 ถึง %2 ไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 queued to the worker (%2)</source>
        <translation>%1 ถูกนำเข้าคิวให้เธรดเวิร์กเกอร์ (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>deletion of %1 waits for %n running callback(s)</source>
        <translation>
            <numerusform>การลบ %1 รอคอลแบ็กที่กำลังทำงาน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EvtDestroyCallback of %1, %2</source>
        <translation>EvtDestroyCallback ของ %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy of %1 reaches %2, no callback</source>
        <translation>การทำลาย %1 ถึง %2 ไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 freed</source>
        <translation>ปล่อยหน่วยความจำ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer %1 of %2 freed</source>
        <translation>ปล่อยบัฟเฟอร์ %1 ของ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error %1</source>
        <translation>ข้อผิดพลาด %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error %1 on %2</source>
        <translation>ข้อผิดพลาด %1 ที่ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning %1</source>
        <translation>คำเตือน %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning %1 on %2</source>
        <translation>คำเตือน %1 ที่ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IRQL raised or lowered to %1</source>
        <translation>IRQL ถูกปรับเป็น %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>event %1, outside the steps, %2 on the %3 thread</source>
        <translation>เหตุการณ์ %1 นอกขั้นตอน, %2 บนเธรด%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event %1, step %2, %3 on the %4 thread</source>
        <translation>เหตุการณ์ %1 ขั้นตอน %2, %3 บนเธรด%4</translation>
    </message>
</context>
<context>
    <name>WorkerLaneItem</name>
    <message>
        <location filename="../app/studio/canvas/WorkerLaneItem.cpp" line="+42"/>
        <source>Worker thread (PASSIVE_LEVEL)</source>
        <translation>เธรดเวิร์กเกอร์ (PASSIVE_LEVEL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>running: %1</source>
        <translation>กำลังทำงาน: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle: no deferred work</source>
        <translation>ว่าง: ไม่มีงานที่เลื่อนไป</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+30"/>
        <source>Build KMDF/UMDF object trees, drive them, and watch their life cycle.</source>
        <translation>สร้างทรีออบเจ็กต์ KMDF/UMDF สั่งงาน และดูวงจรชีวิตของมัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A .wdfscn.json scenario to open.</source>
        <translation>ไฟล์สถานการณ์จำลอง .wdfscn.json ที่จะเปิด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language: en, ja or th.</source>
        <translation>ภาษาของหน้าจอ: en, ja หรือ th</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to PNG and exit.</source>
        <translation>เรนเดอร์หน้าต่างหลักเป็น PNG แล้วออก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the trace after N events (or start, end).</source>
        <translation>แสดงเทรซหลังเหตุการณ์ที่ N (หรือ start, end)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the object with this id (for screenshots).</source>
        <translation>เลือกออบเจ็กต์ที่มีตัวระบุ (id) นี้ (สำหรับภาพหน้าจอ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write unsaved work to the recovery file every N seconds.</source>
        <translation>เขียนงานที่ยังไม่บันทึกลงไฟล์กู้คืนทุก N วินาที</translation>
    </message>
</context>
<context>
    <name>studio::ActionDialog</name>
    <message>
        <location filename="../app/studio/steps/ActionDialog.cpp" line="+23"/>
        <source>Edit Step</source>
        <translation>แก้ไขขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Callback Action</source>
        <translation>แก้ไขการกระทำในคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Operation:</source>
        <translation>การดำเนินการ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object:</source>
        <translation>ออบเจ็กต์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>แท็ก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL:</source>
        <translation>IRQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>เมธอด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer:</source>
        <translation>บัฟเฟอร์:</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <location filename="../app/studio/canvas/CanvasView.cpp" line="+168"/>
        <source>Drop %1 on the object that should become its parent.</source>
        <translation>วาง %1 บนออบเจ็กต์ที่จะเป็นออบเจ็กต์แม่ของมัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already a child of %2.</source>
        <translation>%1 เป็นลูกของ %2 อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only object types from the palette and objects of this tree can be dropped here.</source>
        <translation>วางที่นี่ได้เฉพาะชนิดออบเจ็กต์จากแพเลตต์และออบเจ็กต์ในทรีนี้</translation>
    </message>
</context>
<context>
    <name>studio::DiagnosticsPanel</name>
    <message>
        <location filename="../app/studio/diagnostics/DiagnosticsPanel.cpp" line="+37"/>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>studio::Document</name>
    <message>
        <location filename="../app/studio/document/Document.cpp" line="+100"/>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
</context>
<context>
    <name>studio::ImportPanel</name>
    <message>
        <location filename="../app/studio/import/ImportPanel.cpp" line="+64"/>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>ซอร์ส</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No driver imported yet: File → Import Driver Source… reads a driver&apos;s source directory and drafts its scenario.</source>
        <translation>ยังไม่ได้นำเข้าไดรเวอร์: ไฟล์ → นำเข้าซอร์สของไดรเวอร์… จะอ่านไดเรกทอรีซอร์สของไดรเวอร์และร่างสถานการณ์จำลองให้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 creation sites placed; %4 unresolved.</source>
        <translation>%1: วางตำแหน่งจุดสร้างออบเจ็กต์ได้ %2 จาก %3 จุด; ยังไม่ได้ข้อสรุป %4 จุด</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unresolved creation sites (%1)</source>
        <translation>จุดสร้างที่ยังไม่ได้ข้อสรุป (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: parent %2 — %3</source>
        <translation>%1: พาเรนต์ %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out of the scenario file (%1)</source>
        <translation>สิ่งที่ไม่ได้ใส่ในไฟล์สถานการณ์จำลอง (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objects (%1)</source>
        <translation>ออบเจ็กต์ (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  parent %1 (%2)</source>
        <translation>  พาเรนต์ %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  parent unresolved</source>
        <translation>  พาเรนต์ยังไม่ได้ข้อสรุป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Callbacks found (%1)</source>
        <translation>คอลแบ็กที่พบ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unresolved)</source>
        <translation>(ยังไม่ได้ข้อสรุป)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 บน %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1(%2) → %3 (from source, conditions ignored)</source>
        <translation>%1(%2) → %3 (จากซอร์ส ไม่พิจารณาเงื่อนไข)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved: %1</source>
        <translation>ยังไม่ได้ข้อสรุป: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calls ignored: %1</source>
        <translation>การเรียกที่ข้ามไป: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped so that it parses without the WDK (%1)</source>
        <translation>สิ่งที่ข้ามไปเพื่อให้แยกวิเคราะห์ได้โดยไม่มี WDK (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>headers not in the directory, read as empty: %1</source>
        <translation>เฮดเดอร์ที่ไม่อยู่ในไดเรกทอรี อ่านเป็นไฟล์ว่าง: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations defined empty: %1</source>
        <translation>คำอธิบายประกอบที่กำหนดเป็นค่าว่าง: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role typedefs declared: %1</source>
        <translation>typedef ของบทบาทที่ประกาศเพิ่ม: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parse errors, recovered (%1)</source>
        <translation>ข้อผิดพลาดในการแยกวิเคราะห์ที่กู้คืนได้ (%1)</translation>
    </message>
</context>
<context>
    <name>studio::InspectorView</name>
    <message>
        <location filename="../app/studio/inspector/InspectorView.cpp" line="+55"/>
        <source>&lt;p&gt;Select an object on the canvas or in the outline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;เลือกออบเจ็กต์บนแคนวาสหรือในโครงร่าง&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no tag)</source>
        <translation>(ไม่มีแท็ก)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Handle type</source>
        <translation>ชนิดแฮนเดิล (handle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup callback type</source>
        <translation>ชนิดคอลแบ็กเก็บกวาด (cleanup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy callback type</source>
        <translation>ชนิดคอลแบ็กทำลาย (destroy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>ออบเจ็กต์แม่ (parent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (through its I/O package)</source>
        <translation> (ผ่านแพ็กเกจ I/O ของมัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>ผู้สร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>framework</source>
        <translation>เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>driver</source>
        <translation>ไดรเวอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ซอร์ส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL class</source>
        <translation>คลาส IRQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passive: cleanup and destroy always run at PASSIVE_LEVEL</source>
        <translation>พาสซีฟ: การเก็บกวาดและการทำลายทำงานที่ PASSIVE_LEVEL เสมอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callbacks run at the caller&apos;s IRQL (up to DISPATCH_LEVEL)</source>
        <translation>คอลแบ็กทำงานที่ IRQL ของผู้เรียก (สูงสุด DISPATCH_LEVEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectDelete</source>
        <translation>WdfObjectDelete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver may delete it</source>
        <translation>ไดรเวอร์ลบได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the framework deletes it</source>
        <translation>เฟรมเวิร์กเท่านั้นที่ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine state</source>
        <translation>สถานะในเอนจิน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Framework state</source>
        <translation>สถานะในเฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference count</source>
        <translation>ตัวนับการอ้างอิง (reference count)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running callbacks</source>
        <translation>คอลแบ็กที่กำลังทำงาน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody deleted it yet: call WdfObjectDelete on it, or delete its parent %1.</source>
        <translation>ยังไม่มีใครลบมัน: เรียก WdfObjectDelete กับมัน หรือลบออบเจ็กต์แม่ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the framework deletes it: it goes when its parent %1 is deleted, at device removal or driver unload.</source>
        <translation>เฟรมเวิร์กเท่านั้นที่ลบมัน: มันจะหายไปเมื่อออบเจ็กต์แม่ %1 ถูกลบ ตอนถอดอุปกรณ์หรือยกเลิกการโหลดไดรเวอร์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reference(s) with tag %2 are still held: call WdfObjectDereferenceWithTag with that tag.</source>
        <translation>ยังถือการอ้างอิงด้วยแท็ก %2 อยู่ %1 รายการ: เรียก WdfObjectDereferenceWithTag ด้วยแท็กนั้น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 running %2 instance(s): the deletion waits until they return.</source>
        <translation>%2 กำลังทำงานอยู่ %1 รายการ: การลบรอจนกว่าจะจบการทำงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its remaining work waits in the worker queue: it runs at the next drain at PASSIVE_LEVEL.</source>
        <translation>งานที่เหลือรออยู่ในคิวของเธรดเวิร์กเกอร์: จะทำงานในการระบายคิว (drain) ครั้งถัดไปที่ PASSIVE_LEVEL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is cleaned up and waits for the deletion that cleaned it to run its destroy pass.</source>
        <translation>มันถูกเก็บกวาดแล้ว และรอให้การลบที่เก็บกวาดมันทำรอบทำลาย (destroy pass)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is this object still alive?</source>
        <translation>ทำไมออบเจ็กต์นี้ยังคงอยู่?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not: it has been freed.</source>
        <translation>ไม่ใช่: มันถูกปล่อยหน่วยความจำแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not created yet at this point.</source>
        <translation>ณ จุดนี้มันยังไม่ถูกสร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its deletion is under way.</source>
        <translation>การลบกำลังดำเนินอยู่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outstanding references</source>
        <translation>การอ้างอิงที่ยังค้างอยู่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creation reference</source>
        <translation>การอ้างอิงตอนสร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by the framework until deletion</source>
        <translation>เฟรมเวิร์กถือไว้จนกว่าจะลบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>released</source>
        <translation>ปล่อยแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag history (last %1)</source>
        <translation>ประวัติแท็ก (ล่าสุด %1 รายการ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No references taken or released yet.</source>
        <translation>ยังไม่มีการอ้างอิงหรือปล่อยการอ้างอิง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contexts</source>
        <translation>คอนเท็กซ์ (context)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one unnamed context, no callbacks</source>
        <translation>คอนเท็กซ์ไม่มีชื่อหนึ่งรายการ ไม่มีคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>buffers: %1</source>
        <translation>บัฟเฟอร์: %1</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="+102"/>
        <source>Paused at a breakpoint.</source>
        <translation>หยุดชั่วคราวที่เบรกพอยต์ (breakpoint)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Palette</source>
        <translation>แพเลตต์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline</source>
        <translation>โครงร่าง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Properties</source>
        <translation>คุณสมบัติ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ตอนเปิด&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Inspector</source>
        <translation>ตัวตรวจดู</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostics</source>
        <translation>ผลวินิจฉัย</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>เปิด(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Samples</source>
        <translation>ตัวอย่าง(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>บันทึกเป็น(&amp;A)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Drain Deferred Work After Each &amp;Step</source>
        <translation>ระบายคิวงานที่เลื่อนไปหลังทุกขั้นตอน(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>ซูมเข้า(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>ซูมออก(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit to View</source>
        <translation>พอดีกับมุมมอง(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual Size</source>
        <translation>ขนาดจริง(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Drive</source>
        <translation>สั่งงาน(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play</source>
        <translation>เล่น(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About WDF Lifecycle Studio</source>
        <translation>เกี่ยวกับ WDF Lifecycle Studio</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ(&amp;U) %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Import Driver Source…</source>
        <translation>&amp;นำเข้าซอร์สของไดรเวอร์…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export Sequence Diagram…</source>
        <translation>ส่งออกแผนภาพลำดับ(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Timelines…</source>
        <translation>ส่งออกไทม์ไลน์(&amp;T)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ(&amp;R) %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from Scenario</source>
        <translation>เอาออกจากสถานการณ์จำลอง(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object, and every object under it, from the scenario (an edit; WdfObjectDelete is a step)</source>
        <translation>เอาออบเจ็กต์ที่เลือกและออบเจ็กต์ทั้งหมดที่อยู่ข้างใต้ออกจากสถานการณ์จำลอง (เป็นการแก้ไขสถานการณ์จำลอง ส่วน WdfObjectDelete เป็นขั้นตอน)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>WDF Lifecycle Studio shows the life cycle of KMDF and UMDF framework objects: build a tree, drive it, and watch every EvtCleanupCallback and EvtDestroyCallback run.</source>
        <translation>WDF Lifecycle Studio แสดงวงจรชีวิตของออบเจ็กต์เฟรมเวิร์ก KMDF และ UMDF: สร้างทรี สั่งงาน แล้วดู EvtCleanupCallback และ EvtDestroyCallback ทุกตัวทำงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drive</source>
        <translation>สั่งงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuffle Siblings</source>
        <translation>สลับลำดับพี่น้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the scenario with siblings in a shuffled order: the orders that hold in every run are the ones to rely on.</source>
        <translation>รันสถานการณ์จำลองโดยสลับลำดับออบเจ็กต์พี่น้อง: ลำดับที่คงเดิมในทุกการรันเท่านั้นที่พึ่งพาได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed </source>
        <translation>ซีด </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New steps run at %1</source>
        <translation>ขั้นตอนใหม่ทำงานที่ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> IRQL: </source>
        <translation> IRQL: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IRQL of New Steps</source>
        <translation>IRQL ของขั้นตอนใหม่</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Framework</source>
        <translation>เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag for Reference and Dereference (optional)</source>
        <translation>แท็กสำหรับอ้างอิงและปล่อยการอ้างอิง (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference</source>
        <translation>อ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectReferenceWithTag on the selected object</source>
        <translation>WdfObjectReferenceWithTag กับออบเจ็กต์ที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dereference</source>
        <translation>ปล่อยการอ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectDereferenceWithTag on the selected object</source>
        <translation>WdfObjectDereferenceWithTag กับออบเจ็กต์ที่เลือก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A step: the driver calls WdfObjectDelete on the selected object (Remove from Scenario takes it out of the scenario instead)</source>
        <translation>ขั้นตอน: ไดรเวอร์เรียก WdfObjectDelete กับออบเจ็กต์ที่เลือก (ส่วน “เอาออกจากสถานการณ์จำลอง” จะนำออบเจ็กต์ออกจากตัวสถานการณ์จำลองแทน)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Framework Delete</source>
        <translation>เฟรมเวิร์กลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The framework deletes the selected object (device removal, driver unload)</source>
        <translation>เฟรมเวิร์กลบออบเจ็กต์ที่เลือก (ถอดอุปกรณ์ ยกเลิกการโหลดไดรเวอร์)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete Request</source>
        <translation>ทำคำขอให้เสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfRequestComplete on the selected request</source>
        <translation>WdfRequestComplete กับคำขอ (request) ที่เลือก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin Callback</source>
        <translation>เริ่มคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An EvtWorkItem, EvtTimerFunc or EvtDpcFunc of the selected object starts running</source>
        <translation>EvtWorkItem, EvtTimerFunc หรือ EvtDpcFunc ของออบเจ็กต์ที่เลือกเริ่มทำงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End Callback</source>
        <translation>จบคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That callback returns</source>
        <translation>คอลแบ็กนั้นจบการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain</source>
        <translation>ระบายคิว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the deferred work queued for the worker thread now</source>
        <translation>รันงานที่เลื่อนไป (deferred work) ที่อยู่ในคิวของเธรดเวิร์กเกอร์ทันที</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Exported to %1</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1 and 1 more file beside it</source>
        <translation>ส่งออกไปที่ %1 และอีก 1 ไฟล์ที่อยู่ข้างกันแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 and %2 more files beside it</source>
        <translation>ส่งออกไปที่ %1 และอีก %2 ไฟล์ที่อยู่ข้างกันแล้ว</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove from Scenario</source>
        <translation>เอาออกจากสถานการณ์จำลอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and the 1 object under it from the scenario?</source>
        <translation>เอา %1 พร้อมออบเจ็กต์ 1 รายการที่อยู่ข้างใต้ออกจากสถานการณ์จำลองหรือไม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and the %2 objects under it from the scenario?</source>
        <translation>เอา %1 พร้อมออบเจ็กต์ %2 รายการที่อยู่ข้างใต้ออกจากสถานการณ์จำลองหรือไม่</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1[*] — WDF Lifecycle Studio</source>
        <translation>%1[*] — WDF Lifecycle Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] (%2) — WDF Lifecycle Studio</source>
        <translation>%1[*] (%2) — WDF Lifecycle Studio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the scenario</source>
        <translation>เปิดสถานการณ์จำลองไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened; nothing was changed.</source>
        <translation>เปิด %1 ไม่ได้ ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened %1</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>เปิด %1 แล้ว มีคำเตือน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save</source>
        <translation>บันทึกไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be saved: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>เปิดสถานการณ์จำลอง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Driver Source</source>
        <translation>นำเข้าซอร์สของไดรเวอร์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the driver source</source>
        <translation>นำเข้าซอร์สของไดรเวอร์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed: %1</source>
        <translation>ไม่มีการเปลี่ยนแปลงใดๆ: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save Scenario</source>
        <translation>บันทึกสถานการณ์จำลอง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 มีการเปลี่ยนแปลงที่ยังไม่บันทึก บันทึกก่อนไหม?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>กู้คืนงานที่ยังไม่บันทึกไหม?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The studio did not close normally last time. Recover the scenario it was editing?</source>
        <translation>ครั้งที่แล้วสตูดิโอไม่ได้ปิดตามปกติ กู้คืนสถานการณ์จำลองที่กำลังแก้ไขอยู่ไหม?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered the unsaved scenario.</source>
        <translation>กู้คืนสถานการณ์จำลองที่ยังไม่บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>studio::OutlineModel</name>
    <message>
        <location filename="../app/studio/outline/OutlineModel.cpp" line="+135"/>
        <source>Object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>อ้างอิง</translation>
    </message>
</context>
<context>
    <name>studio::PaletteView</name>
    <message>
        <location filename="../app/studio/palette/PaletteView.cpp" line="+41"/>
        <source>Drag %1 onto an object of the tree to create it there.</source>
        <translation>ลาก %1 ไปวางบนออบเจ็กต์ในทรีเพื่อสร้างที่นั่น</translation>
    </message>
</context>
<context>
    <name>studio::PlayerBar</name>
    <message>
        <location filename="../app/studio/player/PlayerBar.cpp" line="+49"/>
        <source>Scrub through the trace: the views show the state after each event.</source>
        <translation>เลื่อนดูเทรซ: มุมมองต่าง ๆ แสดงสถานะหลังแต่ละเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>ความเร็ว:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events/s</source>
        <translation>%1 เหตุการณ์/วินาที</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Breakpoints</source>
        <translation>เบรกพอยต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the animation at events of these kinds</source>
        <translation>หยุดแอนิเมชันชั่วคราวที่เหตุการณ์ชนิดเหล่านี้</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stop at every %1</source>
        <translation>หยุดที่เหตุการณ์ “%1” ทุกครั้ง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>event %1 of %2 · step %3</source>
        <translation>เหตุการณ์ %1 จาก %2 · ขั้นตอน %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event %1 of %2</source>
        <translation>เหตุการณ์ %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>studio::PlayerController</name>
    <message>
        <location filename="../app/studio/player/PlayerController.cpp" line="+14"/>
        <location line="+149"/>
        <source>&amp;Play</source>
        <translation>เล่น(&amp;P)</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+136"/>
        <source>Step &amp;Forward</source>
        <translation>ไปข้างหน้าหนึ่งก้าว(&amp;F)</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+135"/>
        <source>Step &amp;Back</source>
        <translation>ถอยหลังหนึ่งก้าว(&amp;B)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>Jump to &amp;Start</source>
        <translation>ไปที่จุดเริ่มต้น(&amp;S)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>Jump to &amp;End</source>
        <translation>ไปที่จุดสิ้นสุด(&amp;E)</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>F&amp;aster</source>
        <translation>เร็วขึ้น(&amp;A)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>S&amp;lower</source>
        <translation>ช้าลง(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>หยุดชั่วคราว(&amp;P)</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <location filename="../app/studio/inspector/PropertyEditor.cpp" line="+159"/>
        <source>Select an object to edit its properties.</source>
        <translation>เลือกออบเจ็กต์เพื่อแก้ไขคุณสมบัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>คอนเท็กซ์</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Id:</source>
        <translation>ตัวระบุ (id):</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 (%2)</source>
        <comment>a value in words, then its scenario-file key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the framework</source>
        <translation>เฟรมเวิร์ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver</source>
        <translation>ไดรเวอร์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default queue</source>
        <translation>คิวปริยาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatch queue</source>
        <translation>คิวรับคำขอที่ส่งต่อมา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>control device</source>
        <translation>อุปกรณ์ควบคุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static PDO</source>
        <translation>PDO แบบคงที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dynamic PDO</source>
        <translation>PDO แบบไดนามิก</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type:</source>
        <translation>ชนิด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation>ออบเจ็กต์แม่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by:</source>
        <translation>ผู้สร้าง (createdBy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>บทบาท (role):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool type:</source>
        <translation>ชนิดพูล (poolType):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts:</source>
        <translation>คอนเท็กซ์:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>contexts</source>
        <translation>คอนเท็กซ์</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+37"/>
        <location line="+5"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+221"/>
        <source>(unnamed)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>buffer names, separated by commas</source>
        <translation>ชื่อบัฟเฟอร์ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Buffers:</source>
        <translation>บัฟเฟอร์:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cleanup does:</source>
        <translation>การเก็บกวาดทำ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Destroy does:</source>
        <translation>การทำลายทำ:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>parent</source>
        <translation>ออบเจ็กต์แม่</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>context name</source>
        <translation>ชื่อคอนเท็กซ์</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>buffers</source>
        <translation>บัฟเฟอร์</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>(default for the type)</source>
        <translation>(ค่าเริ่มต้นของชนิด)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(default: %1)</source>
        <translation>(ค่าเริ่มต้น: %1)</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+283"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(default: NonPagedPool)</source>
        <translation>(ค่าเริ่มต้น: NonPagedPool)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cleanup</source>
        <comment>the context has an EvtCleanupCallback</comment>
        <translation>เก็บกวาด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy</source>
        <comment>the context has an EvtDestroyCallback</comment>
        <translation>ทำลาย</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context %1</source>
        <translation>คอนเท็กซ์ %1</translation>
    </message>
</context>
<context>
    <name>studio::SourceView</name>
    <message>
        <location filename="../app/studio/import/SourceView.cpp" line="+34"/>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Driver source (read-only)</source>
        <translation>ซอร์สของไดรเวอร์ (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — driver source (read-only)</source>
        <translation>%1 — ซอร์สของไดรเวอร์ (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2</source>
        <translation>%1 บรรทัดที่ %2</translation>
    </message>
</context>
<context>
    <name>studio::StepsModel</name>
    <message>
        <location filename="../app/studio/steps/StepsModel.cpp" line="+62"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click to edit; drag to reorder.</source>
        <translation>ดับเบิลคลิกเพื่อแก้ไข ลากเพื่อจัดลำดับใหม่</translation>
    </message>
</context>
<context>
    <name>studio::StepsPanel</name>
    <message>
        <location filename="../app/studio/steps/StepsPanel.cpp" line="+38"/>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step one place earlier</source>
        <translation>ย้ายขั้นตอนขึ้นก่อนหนึ่งตำแหน่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step one place later</source>
        <translation>ย้ายขั้นตอนลงหลังหนึ่งตำแหน่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the step</source>
        <translation>แก้ไขขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the step</source>
        <translation>เอาขั้นตอนออก</translation>
    </message>
</context>
<context>
    <name>studio::diagram::SequenceDiagramDock</name>
    <message>
        <location filename="../app/studio/diagram/SequenceDiagramDock.cpp" line="+58"/>
        <source>Sequence diagram</source>
        <translation>แผนภาพลำดับ (sequence diagram)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event</source>
        <translation>ทุกเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks only</source>
        <translation>เฉพาะคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which events of the trace become messages</source>
        <translation>เหตุการณ์ใดในเทรซที่จะกลายเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse</source>
        <translation>ยุบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the objects that register no callback</source>
        <translation>ละออบเจ็กต์ที่ไม่ได้ลงทะเบียนคอลแบ็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ลำดับเลข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number the messages</source>
        <translation>ใส่ลำดับเลขให้ข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as PlantUML, Mermaid, SVG, PNG or PDF</source>
        <translation>บันทึกแผนภาพเป็น PlantUML, Mermaid, SVG, PNG หรือ PDF</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+11"/>
        <source>Export sequence diagram</source>
        <translation>ส่งออกแผนภาพลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagram could not be saved: %1</source>
        <translation>บันทึกแผนภาพไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>studio::diagram::SequenceDiagramView</name>
    <message>
        <location filename="../app/studio/diagram/SequenceDiagramView.cpp" line="+191"/>
        <source>source: %1</source>
        <translation>ซอร์ส: %1</translation>
    </message>
</context>
<context>
    <name>studio::docs::DocsDock</name>
    <message>
        <location filename="../app/studio/docs/DocsDock.cpp" line="+178"/>
        <source>No topic contains “%1”.</source>
        <translation>ไม่มีหัวข้อใดมีคำว่า “%1”</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Documentation</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of topics</source>
        <translation>แสดงรายการหัวข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the documentation</source>
        <translation>ค้นหาในเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the animation</source>
        <translation>ติดตามแอนิเมชัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the topic of the event shown and of the selected object</source>
        <translation>เปิดหัวข้อของเหตุการณ์ที่แสดงอยู่และของออบเจ็กต์ที่เลือก</translation>
    </message>
</context>
<context>
    <name>studio::i18n::LanguageMenu</name>
    <message>
        <location filename="../app/studio/i18n/LanguageMenu.cpp" line="+30"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
</context>
<context>
    <name>studio::plots::TimelineDock</name>
    <message>
        <location filename="../app/studio/plots/TimelineDock.cpp" line="+76"/>
        <source>Timelines</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis in events</source>
        <translation>แกนเป็นเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis in steps</source>
        <translation>แกนเป็นขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the horizontal axis</source>
        <translation>หน่วยของแกนนอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out to the whole trace</source>
        <translation>ซูมออกให้เห็นเทรซทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plots as PNG or PDF</source>
        <translation>บันทึกกราฟเป็น PNG หรือ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan · wheel to zoom · Shift+wheel scrolls the objects · click jumps there · Ctrl+click adds an object to the reference counts</source>
        <translation>ลากเพื่อเลื่อน · หมุนล้อเพื่อซูม · Shift+ล้อเลื่อนรายการออบเจ็กต์ · คลิกเพื่อไปที่จุดนั้น · Ctrl+คลิกเพิ่มออบเจ็กต์ลงในกราฟตัวนับการอ้างอิง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG image (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export timelines</source>
        <translation>ส่งออกไทม์ไลน์</translation>
    </message>
</context>
<context>
    <name>studio::plots::TimelinePlot</name>
    <message>
        <location filename="../app/studio/plots/TimelinePlot.cpp" line="+253"/>
        <source>Timelines</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objects</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>การอ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread</source>
        <translation>เธรด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred queue</source>
        <translation>คิวงานเลื่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select objects to see their reference counts</source>
        <translation>เลือกออบเจ็กต์เพื่อดูตัวนับการอ้างอิง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: creation reference</source>
        <translation>%1: การอ้างอิงตอนสร้าง</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>%1
%2 from event %3 to event %4</source>
        <translation>%1
%2 ตั้งแต่เหตุการณ์ %3 ถึงเหตุการณ์ %4</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>deferred queue after event %1: %n item(s)</source>
        <translation>
            <numerusform>คิวงานที่เลื่อนไปหลังเหตุการณ์ %1: %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: count %2 (creation reference %3, driver references %4)</source>
        <translation>%1: จำนวน %2 (การอ้างอิงตอนสร้าง %3, การอ้างอิงของไดรเวอร์ %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>after event %1</source>
        <translation>หลังเหตุการณ์ %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: the file name must end in .png or .pdf</source>
        <translation>%1: ชื่อไฟล์ต้องลงท้ายด้วย .png หรือ .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: ไม่มีโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: เขียนไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the plot could not be rendered</source>
        <translation>%1: เรนเดอร์กราฟไม่ได้</translation>
    </message>
</context>
<context>
    <name>wdflc</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+111"/>
        <source>usage: wdflc export FILE --format F -o OUT [--callbacks-only] [--collapse] [--number]
                    [--title T] [--lang en|ja|th] [--strict]

Simulates FILE and writes its sequence diagram, or its trace:
  puml    PlantUML (newpage keeps every rendered page under 4096 px)
  mmd     Mermaid sequenceDiagram (more parts as OUT-2.mmd, … when large)
  md      Markdown with fenced mermaid blocks (renders on GitHub)
  svg     SVG drawn by wdflc (more pages as OUT-2.svg, …)
  png     PNG drawn by wdflc (more pages as OUT-2.png, …)
  pdf     PDF drawn by wdflc, one page per diagram page
  jsonl   the trace as JSON Lines
  text    the trace as readable text
Without --format the format is taken from OUT&apos;s extension.

  --callbacks-only   keep callbacks, deferred work, waits, diagnostics, creation
                     and freeing; leave out references, deletes and IRQL changes
  --collapse         no lifeline for objects that register no callback
  --number           number the messages
  --title T          title of the diagram (default: the scenario&apos;s title)
  --lang en|ja|th    language of the labels and of the scenario&apos;s title
  -o -               write a single-part text format to standard output
  --strict           unknown keys in FILE are errors, not warnings

OUT is replaced atomically; a symbolic link is followed; a device or FIFO
(/dev/null, a pipe) is written in place. A new set of pages replaces an
earlier one whole: OUT-N pages beyond the new count are removed.

exit codes: 0 written; 2 invalid input or usage; 3 input/output error (then
nothing at OUT changed).
</source>
        <translation>วิธีใช้: wdflc export FILE --format F -o OUT [--callbacks-only] [--collapse] [--number]
                    [--title T] [--lang en|ja|th] [--strict]

จำลอง FILE แล้วเขียนแผนภาพลำดับ หรือเทรซของมัน:
  puml    PlantUML (ใช้ newpage ให้แต่ละหน้าที่วาดสูงไม่เกิน 4096 px)
  mmd     sequenceDiagram ของ Mermaid (ถ้าใหญ่จะแบ่งเป็น OUT-2.mmd, …)
  md      Markdown ที่มีบล็อก mermaid (แสดงผลบน GitHub ได้)
  svg     SVG ที่ wdflc วาด (หน้าถัดไปเป็น OUT-2.svg, …)
  png     PNG ที่ wdflc วาด (หน้าถัดไปเป็น OUT-2.png, …)
  pdf     PDF ที่ wdflc วาด หนึ่งหน้าต่อหนึ่งหน้าของแผนภาพ
  jsonl   เทรซในรูปแบบ JSON Lines
  text    เทรซในรูปแบบข้อความที่อ่านง่าย
หากไม่ระบุ --format จะใช้รูปแบบตามนามสกุลของ OUT

  --callbacks-only   เก็บเฉพาะคอลแบ็ก งานที่เลื่อนไป การรอ ผลวินิจฉัย การสร้าง
                     และการปล่อยหน่วยความจำ ตัดการอ้างอิง การลบ และการเปลี่ยน IRQL ออก
  --collapse         ไม่วาดเส้นชีวิตให้ออบเจ็กต์ที่ไม่ได้ลงทะเบียนคอลแบ็ก
  --number           ใส่หมายเลขให้ข้อความ
  --title T          ชื่อของแผนภาพ (ค่าปริยาย: ชื่อของสถานการณ์จำลอง)
  --lang en|ja|th    ภาษาของป้ายกำกับและของชื่อสถานการณ์จำลอง
  -o -               เขียนรูปแบบข้อความที่มีส่วนเดียวออกทางเอาต์พุตมาตรฐาน
  --strict           ถือว่าคีย์ที่ไม่รู้จักใน FILE เป็นข้อผิดพลาด ไม่ใช่คำเตือน

OUT ถูกแทนที่แบบอะตอมมิก (atomic) ลิงก์สัญลักษณ์จะถูกตามไปยังปลายทาง ส่วนอุปกรณ์
หรือ FIFO (/dev/null ไปป์) จะถูกเขียนลงไปโดยตรง ชุดหน้าใหม่แทนที่ชุดเดิมทั้งชุด
หน้า OUT-N ที่เกินจำนวนหน้าใหม่จะถูกลบ

รหัสการจบ: 0 เขียนแล้ว 2 อินพุตหรือวิธีใช้ไม่ถูกต้อง 3 ข้อผิดพลาดของอินพุต/เอาต์พุต
(เมื่อนั้นไม่มีสิ่งใดที่ OUT เปลี่ยนไป)
</translation>
    </message>
    <message>
        <location filename="../app/cli/PlotCommand.cpp" line="+24"/>
        <source>usage: wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]

Simulates FILE and draws its timelines: object lifetimes with their callbacks
and diagnostics, the thread and IRQL of every event, and the deferred queue.
Renders offscreen; no display is needed.
</source>
        <translation>วิธีใช้: wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]

จำลอง FILE แล้ววาดไทม์ไลน์ ได้แก่ ช่วงชีวิตของออบเจ็กต์พร้อมคอลแบ็กและ
ผลวินิจฉัย เธรดและ IRQL ของทุกเหตุการณ์ และคิวงานเลื่อน
วาดแบบออฟสกรีน จึงไม่ต้องมีจอแสดงผล
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+41"/>
        <source>usage: wdflc COMMAND [OPTIONS]

Simulates the KMDF/UMDF framework object life cycle of a scenario file
(.wdfscn.json) and prints the trace of events.

commands:
  run FILE        simulate FILE (&quot;-&quot; reads standard input) and print its trace
  validate FILE   check FILE without simulating it
  upgrade FILE    write FILE in format version 2 (see wdflc upgrade --help)
  types           print the object type table the engine knows
  rules           print the diagnostic rules the engine reports
  import-source DIR  draft a scenario from a driver&apos;s source code (see
                  wdflc import-source --help)
</source>
        <translation>วิธีใช้: wdflc คำสั่ง [ตัวเลือก]

จำลองวงจรชีวิตของออบเจ็กต์เฟรมเวิร์ก KMDF/UMDF ตามไฟล์สถานการณ์จำลอง
(.wdfscn.json) แล้วพิมพ์เทรซ (trace) ของเหตุการณ์

คำสั่ง:
  run FILE        จำลอง FILE แล้วพิมพ์เทรซ (&quot;-&quot; อ่านจากอินพุตมาตรฐาน)
  validate FILE   ตรวจ FILE โดยไม่จำลอง
  upgrade FILE    เขียน FILE ในรูปแบบเวอร์ชัน 2 (ดู wdflc upgrade --help)
  types           พิมพ์ตารางชนิดออบเจ็กต์ที่เอนจินรู้จัก
  rules           พิมพ์กฎการวินิจฉัยที่เอนจินรายงาน
  import-source DIR  ร่างสถานการณ์จำลองจากซอร์สโค้ดของไดรเวอร์ (ดู
                  wdflc import-source --help)
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  export FILE     write FILE&apos;s sequence diagram or trace (see wdflc export --help)
</source>
        <translation>  export FILE     เขียนแผนภาพลำดับหรือเทรซของ FILE (ดู wdflc export --help)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  plot FILE       render FILE&apos;s timelines to PNG or PDF (see wdflc plot --help)
</source>
        <translation>  plot FILE       วาดไทม์ไลน์ของ FILE เป็น PNG หรือ PDF (ดู wdflc plot --help)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
options for run:
  --format jsonl|text        trace format (default jsonl)
  --shuffle-siblings SEED    permute the order among siblings from SEED; the
                             framework promises no order among children
  --fail-on-error            exit 1 when the trace has error diagnostics
  --max-events N             stop after N events (default 200000000)
  -o, --output OUT           write the trace to OUT instead of standard output
                             (atomically; a link is followed, a device or
                             FIFO written in place)
options for run and validate:
  --strict                   unknown keys are errors, not warnings
  --max-file-bytes N         refuse larger files (default 268435456)
  --max-objects N            refuse more objects (default 4000000)
  --max-steps N              refuse more steps and callback actions (default 4000000)

  --help, --version          (--help --lang ja|th: this text in Japanese or Thai)

exit codes: 0 ran; 1 ran and produced error diagnostics (with --fail-on-error);
2 invalid input or usage; 3 input/output error.
</source>
        <translation>
ตัวเลือกของ run:
  --format jsonl|text        รูปแบบของเทรซ (ค่าปริยาย jsonl)
  -o, --output OUT           เขียนเทรซลง OUT แทนเอาต์พุตมาตรฐาน
                             (แบบอะตอมมิก ลิงก์จะถูกตามไป อุปกรณ์หรือ FIFO
                             ถูกเขียนลงไปโดยตรง)
  --shuffle-siblings SEED    สลับลำดับของออบเจ็กต์พี่น้องตาม SEED เพราะเฟรมเวิร์ก
                             ไม่รับประกันลำดับระหว่างออบเจ็กต์ลูก
  --fail-on-error            จบด้วยรหัส 1 เมื่อเทรซมีผลวินิจฉัยระดับข้อผิดพลาด
  --max-events N             หยุดเมื่อครบ N เหตุการณ์ (ค่าปริยาย 200000000)
ตัวเลือกของ run และ validate:
  --strict                   ถือว่าคีย์ที่ไม่รู้จักเป็นข้อผิดพลาด ไม่ใช่คำเตือน
  --max-file-bytes N         ปฏิเสธไฟล์ที่ใหญ่กว่านี้ (ค่าปริยาย 268435456)
  --max-objects N            ปฏิเสธเมื่อมีออบเจ็กต์มากกว่านี้ (ค่าปริยาย 4000000)
  --max-steps N              ปฏิเสธเมื่อมีขั้นตอนและแอ็กชันของคอลแบ็กมากกว่านี้ (ค่าปริยาย 4000000)

  --help, --version          (--help --lang ja|th: แสดงข้อความนี้เป็นภาษาญี่ปุ่นหรือภาษาไทย)

รหัสการจบ: 0 ทำงานแล้ว 1 ทำงานแล้วและมีผลวินิจฉัยระดับข้อผิดพลาด (เมื่อใช้ --fail-on-error)
2 อินพุตหรือวิธีใช้ไม่ถูกต้อง 3 ข้อผิดพลาดของอินพุต/เอาต์พุต
</translation>
    </message>
</context>
<context>
    <name>wdflc::exporting</name>
    <message>
        <location filename="../app/export/DiagramFileExport.cpp" line="-27"/>
        <source>PlantUML (*.puml)</source>
        <translation>PlantUML (*.puml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown with Mermaid (*.md)</source>
        <translation>Markdown พร้อม Mermaid (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>ภาพ SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
</context>
</TS>
