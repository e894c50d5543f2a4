// Name pools for demo customers: common given names (by gender) and family names.

// prettier-ignore
export const WOMEN_NAMES = [
  'Emma', 'Olivia', 'Ava', 'Sophia', 'Mia', 'Amelia', 'Harper', 'Evelyn', 'Abigail', 'Ella', 'Grace', 'Chloe',
  'Camila', 'Nora', 'Lily', 'Hannah', 'Zoe', 'Leah', 'Aria', 'Maya', 'Ingrid', 'Freya', 'Clara', 'Léa',
  'Manon', 'Sofie', 'Priya', 'Aisha', 'Mei', 'Yuki', 'Lucia', 'Isla', 'Ruby', 'Matilda', 'Greta', 'Astrid',
];
// prettier-ignore
export const MEN_NAMES = [
  'Liam', 'Noah', 'Oliver', 'Elijah', 'James', 'William', 'Benjamin', 'Lucas', 'Henry', 'Theodore', 'Jack',
  'Levi', 'Mateo', 'Daniel', 'Owen', 'Samuel', 'Ethan', 'Caleb', 'Isaac', 'Felix', 'Jonas', 'Lukas', 'Hugo',
  'Louis', 'Arjun', 'Omar', 'Kenji', 'Diego', 'Callum', 'Angus', 'Rory', 'Finn', 'Mats', 'Tobias', 'Marco',
];
// prettier-ignore
export const NEUTRAL_NAMES = [
  'Alex', 'Sam', 'Jordan', 'Taylor', 'Riley', 'Casey', 'Morgan', 'Robin', 'Quinn', 'Charlie', 'Sasha',
  'Jamie',
];

// prettier-ignore
export const FAMILY_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
  'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter',
  'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook',
  'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey', 'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson',
  'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Patel', 'Nguyen', 'Kim',
  'Chen', 'Singh', 'Müller', 'Schmidt', 'Fischer', 'Weber', 'Dubois', 'Moreau', 'Laurent', 'Lefebvre',
  'MacLeod', "O'Brien", 'Tremblay', 'Gagnon', 'Roy',
];
