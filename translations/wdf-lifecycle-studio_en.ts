<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DiagnosticText</name>
    <message numerus="yes">
        <location filename="../app/studio/i18n/DiagnosticText.cpp" line="+65"/>
        <source>%1 was deleted but still holds %n driver reference(s) at the end, so it is never destroyed. Release every reference, typically in EvtCleanupCallback.</source>
        <translation>
            <numerusform>%1 was deleted but still holds %n driver reference at the end, so it is never destroyed. Release every reference, typically in EvtCleanupCallback.</numerusform>
            <numerusform>%1 was deleted but still holds %n driver references at the end, so it is never destroyed. Release every reference, typically in EvtCleanupCallback.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>A wait for %n running callback(s) of %1 never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.</source>
        <translation>
            <numerusform>A wait for %n running callback of %1 never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.</numerusform>
            <numerusform>A wait for %n running callbacks of %1 never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message numerus="yes">
        <location filename="../app/studio/plots/TimelineText.cpp" line="+128"/>
        <source>deletion of %1 waits for %n running callback(s)</source>
        <translation>
            <numerusform>deletion of %1 waits for %n running callback</numerusform>
            <numerusform>deletion of %1 waits for %n running callbacks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/studio/MainWindow.cpp" line="+715"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Opened %1 with %n warning</numerusform>
            <numerusform>Opened %1 with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::plots::TimelinePlot</name>
    <message numerus="yes">
        <location filename="../app/studio/plots/TimelinePlot.cpp" line="+706"/>
        <source>deferred queue after event %1: %n item(s)</source>
        <translation>
            <numerusform>deferred queue after event %1: %n item</numerusform>
            <numerusform>deferred queue after event %1: %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
