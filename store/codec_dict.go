package store

// dictV1 is the preset dictionary of the values compressed with bodyFlateV1 (codec.go): the
// JSON of an empty record of every kind, each list with one empty element (so the field names
// are there), least written kinds first, and an envelope's head last (deflate reaches the end
// of the dictionary most cheaply). Values of records are short (a few hundred bytes) and
// mostly field names: with the names in the dictionary a value shrinks about three times,
// without it hardly at all.
//
// Persisted: every value compressed with bodyFlateV1 needs exactly these bytes to be read
// again, so they never change (TestDictV1_Frozen). New fields or kinds get a new dictionary
// under a new body format byte; the old one stays for the values written with it.
const dictV1 = `{"ID":"","NEISPUO":"","Name":"","Town":"","Municipality":"","Region":"","Address":"","EIK":"","Ownership":"","Group":"","LessonMinutes":0,"DirectorName":"","Email":"","Phone":""}` +
	`{"ID":"","Year":0,"Students":0,"Currency":"","ApprovedOn":"","ProfileID":"","NonWorking":[{"From":"","To":"","Name":"","Kind":"","Grades":{"From":0,"To":0},"Source":""}],"ClassesEnd":[{"Grades":{"From":0,"To":0},"Date":"","Source":""}],"CalendarSource":"","CalendarConfirmed":false,"RemedialPlan":{"Minor":0,"Currency":""},"Plan":[{"Activity":"","CostType":0,"Amount":{"Minor":0,"Currency":""},"Subject":""}],"PayRates":{"EmployeeContribBp":0,"EmployerContribBp":0,"IncomeTaxBp":0},"ProfileData":"AA==","Closed":false,"ClosedOn":""}` +
	`{"ID":"","Year":0,"Name":{"First":"","Middle":"","Last":""},"PersonalNumber":"","Education":"","Qualification":"","Role":"","Quota":"","Email":"","Phone":"","NGO":{"Organisation":"","PublicBenefit":false,"ActsInSchoolEducation":false,"NotContractorDeclared":false},"JoinedOn":"","LeftOn":""}` +
	`{"ID":"","Year":0,"Number":0,"Date":"","Place":"","Constituent":false,"CalledBy":"","Agenda":[""],"Present":[""],"DirectorPresent":false,"Guests":"","Decisions":[{"Text":"","For":0,"Against":0,"Abstained":0,"Director":""}]}` +
	`{"ID":"","Year":0,"SupplierID":"","Number":"","Date":"","Subject":"","Annex2":false,"HallRent":false,"Value":{"Minor":0,"Currency":""},"EnteredOn":""}` +
	`{"ID":"","Name":"","EIK":"","VAT":"","Address":"","IBAN":"","Person":false}` +
	`{"ID":"","Year":0,"Name":{"First":"","Middle":"","Last":""},"PersonalNumber":"","PersonalNumberKind":0,"Roles":[""],"Engagement":"","SupplierID":"","Rate":{"Minor":0,"Currency":""},"ExperienceYears":0,"IBAN":"","Email":"","Phone":"","AgreementNo":"","AgreementDate":"","AgreementEnteredOn":"","RoleRates":[{"Role":"","Rate":{"Minor":0,"Currency":""}}]}` +
	`{"ID":"","Year":0,"Area":"","Activity":"","GroupID":"","Entries":[{"StudentID":"","Rank":0,"Since":""}]}` +
	`{"ID":"","Year":0,"SupplierID":"","ContractID":"","PersonID":"","DocKind":"","DocNumber":"","DocDate":"","Description":"","Subject":"","Net":{"Minor":0,"Currency":""},"VAT":{"Minor":0,"Currency":""},"VATRecoverable":false,"CostType":0,"Activity":"","PaidBy":"","PaidOn":"","PaidAmount":{"Minor":0,"Currency":""},"Offset":false,"ProjectNoOnDocs":false,"EnteredOn":"","SupportingDocs":[{"Kind":"","Number":"","Date":"","Present":false,"Attachments":[{"Name":"","MIME":"","Size":0,"SHA256":""}]}],"ExternalPremises":false,"Overheads":{"Minor":0,"Currency":""},"Ineligible":{"VATClaimed":false,"Fine":false,"FundedElsewhere":false,"SecondHand":false,"CommissionFX":false},"ProjectNameOnDocs":false}` +
	`{"ID":"","Year":0,"Name":"","Kind":"","Subject":"","Area":"","LeaderID":"","Place":"","Goals":"","Results":"","Schedule":[{"Day":0,"Start":0,"Hours":0}],"Members":[{"StudentID":"","Joined":"","Left":""}],"WaitingList":[""],"Interschool":false,"Activity":"","MinGrade":0,"MaxGrade":0,"Stage":0,"Vacations":false}` +
	`{"ID":"","Year":0,"PersonID":"","Role":"","Month":{"Y":0,"M":0},"Days":[{"Date":"","Hours":0,"GroupID":"","Activity":"","Results":""}],"Status":"","ApprovedBy":"","ApprovedOn":""}` +
	`{"ID":"","Year":0,"StudentID":"","FilledOn":"","FavouriteSubjects":[""],"Hobby":"","PastInSchool":"","PastOutOfSchool":"","WantsToTakePart":0,"Activities":[""],"ActivitiesNote":"","Times":[""]}` +
	`{"ID":"","Year":0,"StudentID":"","SubmittedOn":"","SubmittedAt":0,"EntryNo":0,"ParentName":{"First":"","Middle":"","Last":""},"ParentAddress":"","ParentPhone":"","RemedialSubjects":[""],"Wishes":[{"Rank":0,"Area":"","Activity":"","GroupID":""}],"ESF":{"Answers":[0,0,0,0,0,0,0,0],"Exit":"","Outcome":0,"LeftWhy":0,"LeftNote":""},"ConsentPhotos":false,"ConsentPublishing":false,"Signed":false}` +
	`{"ID":"","Year":0,"StudentID":"","Subject":"","GroupID":"","PreparedBy":"","ApprovedOn":"","Needs":{"RepeatedGrade":false,"LowResults":false,"SocialFactors":false,"StoppedChildBenefit":false,"WeakExternalAssessment":false,"UnexcusedOver10":false,"TemporaryFailure":false,"LongHealthAbsence":false,"Other":""},"NeedsFor":"","Causes":"","ParentCauses":"","ParentJoinsEvents":0,"ParentHelpsOrganising":0,"Assessment":"","AssessmentReasons":"","ParentInSurvey":0,"ParentInMeetings":0,"ParentInEvents":0,"ParentInPlanning":0,"ParentInReplanning":0,"CooperationEffective":"","FutureMeasures":"","ClosedOn":"","Rows":[{"Topic":"","Difficulties":"","Planned":"","Done":"","Materials":"","Degree":"","Date":"","Note":""}]}` +
	`{"ID":"","Year":0,"Name":{"First":"","Middle":"","Last":""},"Grade":0,"Section":"","PersonalNumber":"","PersonalNumberKind":0,"Left":false,"Female":false,"BirthDate":"","Areas3002":[""],"Needs":{"RepeatedGrade":false,"LowResults":false,"SocialFactors":false,"StoppedChildBenefit":false,"WeakExternalAssessment":false,"UnexcusedOver10":false,"TemporaryFailure":false,"LongHealthAbsence":false,"Other":""}}` +
	`{"ID":"","Year":0,"GroupID":"","Topic":"","Date":"","Place":"","Hours":0,"Start":0,"Kind":""}` +
	`{"ID":"","Year":0,"GroupID":"","Date":"","Start":0,"Hours":0,"Topic":"","LeaderID":"","LeaderAbsent":false,"RescheduledTo":"","Marks":[{"StudentID":"","Status":0,"Document":""}]}` +
	`{"v":{"wall":1764900000000,"logical":0,"node":"0123456789abcdef"},"created":"2026-03-02T09:30:00.123456789+02:00","updated":"2026-03-02T09:30:00.123456789+02:00","by":"директор","data":`

// dictV1SHA256 is the SHA-256 of dictV1 (hex).
const dictV1SHA256 = "694914024bbb1d79d9eefb8caa56804ab3be2e55712a30c1c807d6cf536e640a"
