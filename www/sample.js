// A sample article for the "Try a sample" button. Fictional; written for Nutshell.

export const SAMPLE = `Harbor City approves $1.2 billion sea wall after record flooding

Harbor City's council voted 9 to 2 on Tuesday to build a $1.2 billion sea wall along the eastern waterfront, ending three years of debate over how to protect the district from rising tides.

The barrier will stretch 6.4 kilometres from the ferry terminal to the old shipyards. Construction is due to start in March 2026 and to finish by the end of 2031, according to the city's engineering office.

Mayor Lucia Fernandes called the vote "the most important decision this council will make in a generation." Flooding in October 2024 closed 140 businesses for more than two weeks and caused an estimated $310 million in damage.

The project will be paid for with a mix of federal grants and a new municipal bond. Officials expect the bond to cover about 45% of the cost, with the rest coming from the Coastal Resilience Fund and the state of Meridia.

Critics say the price is too high. Councillor Amir Haddad, who voted against the plan, argued that property taxes in the district could rise by as much as 8% to service the debt. "We are asking the people who already lost the most to pay the most," he said.

Supporters point to a study by Westbrook University, which found that every dollar spent on flood defences saves roughly four dollars in future repairs. The study also warned that without a barrier, about 12,000 homes could face regular flooding by 2040.

The engineering office said the design includes three public parks, a cycle path and 22 gates that can be closed within 90 minutes of a storm warning.

Residents will be able to comment on the final design at public meetings in January. The council plans a second vote on the bond in February.`;
