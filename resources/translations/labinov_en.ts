<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export stopped: %n of {total} PDF file(s) written in {path}.</source>
        <translation>
            <numerusform>Export stopped: %n of {total} PDF file written in {path}.</numerusform>
            <numerusform>Export stopped: %n of {total} PDF files written in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message numerus="yes">
        <source>%n word(s); at least {minimum} asked</source>
        <translation>
            <numerusform>%n word; at least {minimum} asked</numerusform>
            <numerusform>%n words; at least {minimum} asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message numerus="yes">
        <source>Participant {current} of {total}: %n vote(s) left. Click a note to vote, right-click to take a vote back.</source>
        <translation>
            <numerusform>Participant {current} of {total}: %n vote left. Click a note to vote, right-click to take a vote back.</numerusform>
            <numerusform>Participant {current} of {total}: %n votes left. Click a note to vote, right-click to take a vote back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) — {text}</source>
        <translation>
            <numerusform>%n vote — {text}</numerusform>
            <numerusform>%n votes — {text}</numerusform>
        </translation>
    </message>
</context>
</TS>
